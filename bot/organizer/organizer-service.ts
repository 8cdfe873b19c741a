import { translatorFor, type Language } from '../../core/i18n/catalog';
import { registrationsCsv, registrationsSheet } from '../../core/registration/registrations-csv';
import {
  summarizeRegistrations,
  type RegistrationSummary,
} from '../../core/registration/registration-summary';
import { chairNeedsEmail, isOnChairTeam, type ChairTeam } from '../../core/access/chair-team';
import type { DownloadLink } from './download-link-store';
import type { Store } from '../stores';
import type { EventAt, EventCatalog } from '../event';
import type { Clock, Ids, Person } from '../platform/ports';
import { hashToken } from '../platform/link-token';
import { sheetXlsx } from './sheet-xlsx';

/** How long an export link stays valid: long enough to click, short enough not to leak. */
export const EXPORT_LINK_TTL_MS = 15 * 60 * 1000;

/** A single-use export link and the event it exports. */
export interface ExportLink {
  url: string;
  expiresAt: Date;
  at: EventAt;
}

/** A file to download: CSV text (served with a byte-order mark), or an .xlsx workbook. */
export type ExportFile = { fileName: string; csv: string } | { fileName: string; xlsx: Buffer };

export interface EventOverview {
  at: EventAt;
  summary: RegistrationSummary;
  writtenInputs: number;
}

/** What the chair's team sees and exports. Callers check `isChair` before anything else. */
export class OrganizerService {
  constructor(
    private readonly store: Store,
    private readonly catalog: EventCatalog,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly chairTeam: ChairTeam,
    private readonly publicUrl: string,
    /** The files of export kinds other than registrations (the roundtable's lists). */
    private readonly otherExports: (link: DownloadLink) => Promise<ExportFile | undefined> = () =>
      Promise.resolve(undefined),
  ) {}

  /** Whether the person is on the chair's team (core/access rule: tenant, object id, email). */
  isChair(person: Person, email: string | undefined): boolean {
    return isOnChairTeam(this.chairTeam, { ...person, ...(email ? { email } : {}) });
  }

  /** Needs an email lookup only when the team is named by email and the tenant is trusted. */
  needsEmail(person: Person): boolean {
    return chairNeedsEmail(this.chairTeam, person);
  }

  /** Counts for every event, soonest first. */
  async overview(): Promise<EventOverview[]> {
    const events = await this.catalog.all(this.clock.now());
    return Promise.all(events.map((at) => this.overviewOf(at)));
  }

  async overviewOf(at: EventAt): Promise<EventOverview> {
    const [registrations, inputs] = await Promise.all([
      this.store.registrations.listForEvent(at.event.id),
      this.store.writtenInputs.listForEvent(at.event.id),
    ]);
    return { at, summary: summarizeRegistrations(registrations), writtenInputs: inputs.length };
  }

  /** A single-use download link for the event's registrations (or another list) as CSV. */
  async exportLink(
    person: Person,
    eventId: unknown,
    kind: DownloadLink['kind'] = 'registrationsCsv',
    language: Language = 'en',
  ): Promise<ExportLink | undefined> {
    if (typeof eventId !== 'string') return undefined;
    const at = await this.catalog.get(eventId, this.clock.now());
    if (!at) return undefined;
    const token = Buffer.from(this.ids.randomBytes(32)).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + EXPORT_LINK_TTL_MS);
    await this.store.downloadLinks.create({
      tokenHash: hashToken(token),
      eventId,
      kind,
      createdBy: `${person.tenantId}/${person.aadObjectId}`,
      expiresAt,
      language,
    });
    return { url: `${this.publicUrl}/api/exports/${token}`, expiresAt, at };
  }

  /** Two single-use links to the event's registrations: CSV and .xlsx (chat and card). */
  async registrationLinks(
    person: Person,
    eventId: unknown,
    language: Language,
  ): Promise<{ csv: ExportLink; xlsx: ExportLink } | undefined> {
    const csv = await this.exportLink(person, eventId, 'registrationsCsv', language);
    const xlsx = await this.exportLink(person, eventId, 'registrationsXlsx', language);
    return csv && xlsx ? { csv, xlsx } : undefined;
  }

  /** The file behind a link, once; undefined for an unknown, used or expired token. */
  async download(token: string): Promise<ExportFile | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const link = await this.store.downloadLinks.consume(hashToken(token), this.clock.now());
    if (!link) return undefined;
    if (link.kind !== 'registrationsCsv' && link.kind !== 'registrationsXlsx')
      return this.otherExports(link);
    const event = await this.store.events.get(link.eventId);
    if (!event) return undefined;
    const registrations = await this.store.registrations.listForEvent(link.eventId);
    const t = translatorFor(link.language);
    if (link.kind === 'registrationsCsv')
      return {
        fileName: `${event.id}-registrations.csv`,
        csv: registrationsCsv(event, registrations, t),
      };
    const sheet = registrationsSheet(event, registrations, t);
    const xlsx = await sheetXlsx(sheet, { sheetName: event.id, rightToLeft: t.language === 'ar' });
    return { fileName: `${event.id}-registrations.xlsx`, xlsx };
  }
}
