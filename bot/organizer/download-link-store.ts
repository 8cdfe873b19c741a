import type { Language } from '../../core/i18n/catalog';

/** A short-lived, single-use link to an export (CSV, or the registrations as .xlsx); only the token's hash is stored. */
export interface DownloadLink {
  tokenHash: string;
  eventId: string;
  kind:
    'registrationsCsv' | 'registrationsXlsx' | 'invitationsCsv' | 'breakoutsCsv' | 'attendanceCsv';
  createdBy: string;
  expiresAt: Date;
  /** The language of the person who asked, for the file's column headings (English if none). */
  language?: Language;
}

export interface DownloadLinkStore {
  create(link: DownloadLink): Promise<void>;
  /** Marks the link used and returns it, or undefined if unknown, used or expired at `now`. */
  consume(tokenHash: string, now: Date): Promise<DownloadLink | undefined>;
}
