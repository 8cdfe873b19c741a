/** The surface the tab is shown on; chosen by `?view=`, or by Teams for the meeting stage. */
export type View = 'panel' | 'stage' | 'organizer' | 'config' | 'notice' | 'programme' | 'authEnd';

/** Fluent UI theme families that Teams offers. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/**
 * Where the tab runs and how it signs in: inside Teams with SSO, or in a plain browser with
 * the service's development sign-in. Everything Teams-specific stays behind this interface.
 */
export interface Host {
  mode: 'teams' | 'dev';
  locale: string;
  theme: ThemeName;
  /** Teams' frame context (`sidePanel`, `meetingStage`, `settings`, `content`...), if in Teams. */
  frameContext?: string;
  /** The Teams meeting the tab is in (`context.meeting.id`), so the event can be linked to it. */
  meetingId?: string;
  /** Headers that sign a request to the service in; fetched fresh, as tokens expire. */
  authHeaders(): Promise<Record<string, string>>;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** Teams' configuration-page API, present only when Teams shows the configuration page. */
  configPage?: ConfigPage;
  /**
   * Opens Teams' sign-in pop-up asking the person to consent to the tab's Entra app, when a
   * token could not be had silently (present only in Teams). Resolves once they consented.
   */
  consent?(): Promise<void>;
}

/** Teams answered, but gave no sign-in token without the person's consent. */
export class SignInNeeded extends Error {}

/** The page is framed (so meant for Teams) but Teams never answered, and no other sign-in exists. */
export class HostUnanswered extends Error {}

/** What the configuration page saves: the tab instance Teams adds to the meeting. */
export interface TabInstance {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/** The part of Teams' `pages.config` the configuration page uses. */
export interface ConfigPage {
  setValid(valid: boolean): void;
  /**
   * On Save, asks `instance()` what to save (it may do work first, such as linking the
   * meeting); `undefined` or a failure refuses with `refusal`.
   */
  onSave(instance: () => Promise<TabInstance | undefined>, refusal: () => string): void;
}

/** Maps a Teams theme name (`default`, `dark`, `contrast`, `glass`...) to a Fluent family. */
export function themeNameOf(teamsTheme: string | null | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'default';
  }
}

/** The view named by the page URL, overridden by Teams when it shows the tab on the stage. */
export function viewOf(search: URLSearchParams, frameContext?: string): View {
  if (frameContext === 'meetingStage') return 'stage';
  if (frameContext === 'settings') return 'config';
  // Teams' sign-in pop-up, back from Entra ID (see teams-host.ts: it reports the outcome).
  if (frameContext === 'authentication') return 'authEnd';
  switch (search.get('view')) {
    case 'stage':
      return 'stage';
    case 'organizer':
      return 'organizer';
    case 'config':
      return 'config';
    case 'notice':
      return 'notice';
    case 'programme':
      return 'programme';
    default:
      return 'panel';
  }
}
