import type { TimerPhase } from '../../../core/speaking-queue';
import type { TabKey } from '../i18n/texts';

/** What a screen reader user is told about, read from one state of the list and timer. */
export interface Moment {
  /** The turn that has the floor, and how it is named. */
  speaker?: { entryId: string; label: string };
  phase?: TimerPhase;
  overrun: boolean;
  isOpen: boolean;
  /** The viewer's own turn: speaking, or their place while waiting (1 = next). */
  mine?: { speaking: boolean; place: number | null };
}

/** One sentence of an announcement: a catalog key and its arguments. */
export interface Sentence {
  key: TabKey;
  params?: Record<string, string | number>;
}

/**
 * What changed from `before` to `now`, as one announcement (sentences read together, most
 * important first), or none. A first state is not announced: the page itself says it.
 */
export function announcementOf(before: Moment | undefined, now: Moment): Sentence[] {
  if (!before) return [];
  const said: Sentence[] = [];
  const mine = now.mine;
  if (mine?.speaking && !before.mine?.speaking) said.push({ key: 'tab.announce.yourFloor' });
  if (now.speaker?.entryId !== before.speaker?.entryId) {
    if (!mine?.speaking) {
      said.push(
        now.speaker
          ? { key: 'tab.current.announce', params: { speaker: now.speaker.label } }
          : { key: 'tab.current.nobody' },
      );
    }
  } else if (now.overrun && !before.overrun) {
    said.push({ key: 'tab.announce.overTime' });
  } else if (now.phase !== before.phase) {
    if (now.phase === 'paused') said.push({ key: 'tab.announce.paused' });
    if (now.phase === 'running') {
      said.push({
        key: before.phase === 'paused' ? 'tab.announce.resumed' : 'tab.announce.timerStarted',
      });
    }
  }
  const place = mine && !mine.speaking ? mine.place : null;
  const placeBefore = before.mine && !before.mine.speaking ? before.mine.place : null;
  if (place !== null && place !== placeBefore) {
    said.push(
      place === 1
        ? { key: 'tab.announce.yourTurnNext' }
        : { key: 'tab.announce.yourPlace', params: { position: place } },
    );
  }
  if (now.isOpen !== before.isOpen) {
    said.push({ key: now.isOpen ? 'tab.announce.listOpened' : 'tab.announce.listClosed' });
  }
  return said;
}
