/** A statement a registrant sends for the record: typed text or an uploaded file. */
export type WrittenInputKind = 'text' | 'file';

export interface WrittenInput {
  id: string;
  eventId: string;
  registrationId: string;
  tenantId: string;
  aadObjectId: string;
  kind: WrittenInputKind;
  /** The statement itself for `text`; empty for `file`. */
  text: string;
  fileName?: string;
  contentType?: string;
  /** File bytes for `file`; never sent back to chat. */
  content?: Uint8Array;
  sizeBytes: number;
  receivedAt: Date;
}
