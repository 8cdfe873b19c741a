import type { UnLanguage } from '../i18n/catalog';
import type { EventTexts } from './event-language';

/**
 * An event the chair convenes, as data: a virtual dialogue, an in-person meeting or both.
 * Times are wall-clock strings in the event's IANA time zone, as the chair's letters state them.
 */
export type EventKind = 'virtualDialogue' | 'inPerson' | 'hybrid';

/** Kinds of session in a programme; the roundtable letter uses all of them. */
export type SessionKind =
  'reception' | 'plenary' | 'panel' | 'dialogue' | 'matchmaking' | 'breakout' | 'other';

/** A local date-time without offset, `YYYY-MM-DDTHH:mm`, read in the event's time zone. */
export type LocalDateTime = string;

export interface GuidingQuestion {
  id: string;
  /** A few words that name the question where its text would not fit ("Critical infrastructure"). */
  shortTitle?: string;
  text: string;
}

export interface StakeholderCategory {
  id: string;
  label: string;
}

/** A person named in the programme; `toBeConfirmed` mirrors the letters' "(TBC)". */
export interface SessionPerson {
  name: string;
  title?: string;
  organization?: string;
  toBeConfirmed?: boolean;
}

/** A meeting slot of a matchmaking session, inside the session's own times. */
export interface MatchmakingSlot {
  id: string;
  start: LocalDateTime;
  end: LocalDateTime;
}

/** A table where one matched pair meets per slot. */
export interface MatchmakingTable {
  id: string;
  label: string;
}

export interface ProgrammeSession {
  id: string;
  title: string;
  kind: SessionKind;
  start: LocalDateTime;
  end: LocalDateTime;
  location?: string;
  description?: string;
  /** This session's speaking time per turn; the event's default when absent. */
  speakingTimeSeconds?: number;
  moderators?: SessionPerson[];
  speakers?: SessionPerson[];
  /** Only on a matchmaking session. */
  slots?: MatchmakingSlot[];
  /** Only on a matchmaking session. */
  tables?: MatchmakingTable[];
}

/** A capacity-building area of focus: the key of breakout groups, offers and needs. */
export interface ThematicArea {
  id: string;
  label: string;
}

/** A region offers and needs are declared for, e.g. a UN regional group. */
export interface Region {
  id: string;
  label: string;
}

/** A breakout room on one thematic area, with the seats the room holds. */
export interface BreakoutGroup {
  id: string;
  thematicAreaId: string;
  title: string;
  capacity: number;
  location?: string;
}

export interface EventContact {
  name: string;
  email: string;
}

export interface EventDefinition {
  id: string;
  /** The language of the texts below; English when the file does not say. */
  language?: UnLanguage;
  /** The texts in other languages, when the file gives a map by language code. */
  translations?: Partial<Record<UnLanguage, EventTexts>>;
  title: string;
  kind: EventKind;
  timeZone: string;
  start: LocalDateTime;
  end: LocalDateTime;
  registration: { opens: LocalDateTime; deadline: LocalDateTime };
  topic: string;
  venue?: string;
  guidingQuestions: GuidingQuestion[];
  stakeholderCategories: StakeholderCategory[];
  defaultSpeakingTimeSeconds: number;
  /** A coalition's turn when placed from the registrations; 300 (5:00) when absent. */
  defaultCoalitionSpeakingTimeSeconds?: number;
  programme: ProgrammeSession[];
  contact?: EventContact;
  privacyNotice: string;
  /** Roundtable fields, optional so that dialogues stay valid without them. */
  thematicAreas?: ThematicArea[];
  regions?: Region[];
  breakoutGroups?: BreakoutGroup[];
}
