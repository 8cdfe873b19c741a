import { eventIn } from '../../core/event/event-language';
import { translatorFor, type Language, type Translate } from '../../core/i18n/catalog';
import { publishedInputs } from '../../core/registration/published-inputs';
import { eventSummary, type AttendanceState } from '../../core/summary/event-summary';
import { sessionTotals } from '../../core/summary/session-totals';
import { excerptsOf, type TranscriptState } from '../../core/summary/transcript-excerpts';
import { hashToken } from '../platform/link-token';
import type { Clock, Ids } from '../platform/ports';
import type { Store } from '../stores';
import { summaryHtml } from './summary-html';
import type { AttendanceJob } from './summary-store';

/** Share links last as long as export links: long enough to open, too short to forward. */
const LINK_TTL_MS = 15 * 60_000;

/** The chair's summary of an event, from what the stores hold now. */
export class SummaryService {
  constructor(
    private readonly store: Pick<
      Store,
      'events' | 'registrations' | 'queues' | 'summary' | 'logistics' | 'writtenInputs'
    >,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly publicUrl: string,
  ) {}

  /**
   * The numbers, or undefined for an unknown event; with `t`, the event's texts (categories,
   * questions, sessions) as a reader of that language sees them.
   */
  async summary(eventId: string, t?: Translate) {
    const stored = await this.store.events.get(eventId);
    if (!stored) return undefined;
    const event = t ? eventIn(stored, t) : stored;
    const [registrations, queues, job, logistics, written, read, hidden] = await Promise.all([
      this.store.registrations.listForEvent(eventId),
      this.store.queues.ofEvent(eventId),
      this.store.summary.get(eventId),
      this.store.logistics.get(eventId),
      this.store.writtenInputs.listPublished(eventId),
      this.store.summary.transcript(eventId),
      this.store.summary.hiddenExcerpts(eventId),
    ]);
    const order = new Map(event.programme.map((s, i) => [s.id, i]));
    const sorted = [...queues].sort(
      (a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0),
    );
    const now = this.clock.now();
    const summary = eventSummary({
      event,
      registrations,
      queues: sorted,
      attendance: attendanceState(job, logistics.meeting !== undefined),
      now: now.getTime(),
    });
    const byId = new Map(registrations.map((r) => [r.id, r]));
    const inputs = publishedInputs(event, written, byId);
    const sessions = sessionTotals(event, sorted, registrations, now.getTime());
    // Not read yet reads as "no transcript": the page says which.
    const transcript: TranscriptState = read ?? { kind: 'none' };
    const lists = await Promise.all(
      sorted.map(async (queue) => ({
        queue,
        audit:
          transcript.kind === 'stored'
            ? await this.store.queues.audit(queue.meetingId, queue.sessionId)
            : [],
      })),
    );
    const excerpts = excerptsOf(summary.speakers, lists, transcript, hidden, now.getTime());
    return {
      event,
      summary,
      inputs,
      now,
      sessions,
      transcript,
      // An empty list while the job still has a next try may yet become a transcript.
      transcriptRead: read !== undefined && !(read.kind === 'none' && job?.nextAt),
      excerpts,
    };
  }

  /** The printable page in `language`, or undefined for an unknown event. */
  async page(eventId: string, language: Language): Promise<string | undefined> {
    const t = translatorFor(language);
    const found = await this.summary(eventId, t);
    if (!found) return undefined;
    return summaryHtml({
      ...found,
      inputsUrl: `${this.publicUrl}/events/${encodeURIComponent(eventId)}/inputs`,
      language,
      t,
    });
  }

  /** The chair hides an intervention's excerpt, or shows it again; false for an unknown event. */
  async hideExcerpt(
    eventId: string,
    turn: { sessionId: string; entryId: string },
    hidden: boolean,
    by: string,
  ): Promise<boolean> {
    if (!(await this.store.events.get(eventId))) return false;
    await this.store.summary.setExcerptHidden(eventId, turn, hidden, by, this.clock.now());
    return true;
  }

  /** A single-use link to the page, for someone off the chair's team (e.g. to print). */
  async shareLink(createdBy: string, eventId: string, language: Language) {
    if (!(await this.store.events.get(eventId))) return undefined;
    const token = Buffer.from(this.ids.randomBytes(32)).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + LINK_TTL_MS);
    await this.store.summary.createLink({
      tokenHash: hashToken(token),
      eventId,
      createdBy,
      language,
      expiresAt,
    });
    return { url: `${this.publicUrl}/summary/${token}`, expiresAt };
  }

  /** The page behind a share link, once; undefined when unknown, used or expired. */
  async sharedPage(token: string): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const link = await this.store.summary.consumeLink(hashToken(token), this.clock.now());
    if (!link) return undefined;
    return this.page(link.eventId, link.language);
  }
}

function attendanceState(job: AttendanceJob | undefined, hasMeeting: boolean): AttendanceState {
  if (!job) return hasMeeting ? { kind: 'pending', nextAt: null } : { kind: 'unavailable' };
  switch (job.state) {
    case 'stored':
      return { kind: 'stored', entries: job.entries ?? [], readAt: job.readAt?.getTime() ?? 0 };
    case 'refused':
      return { kind: 'refused', permission: job.permission ?? '' };
    case 'pending':
      return { kind: 'pending', nextAt: job.nextAt?.getTime() ?? null };
    case 'gaveUp':
      return { kind: 'unavailable' };
  }
}
