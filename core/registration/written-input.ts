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
  /** The chair's team's review; nothing is public before it is published. */
  review: InputReview;
}

/** Where a statement stands with the chair's team. */
export type ReviewStatus = 'unreviewed' | 'published' | 'withheld';

/** The last review of a statement: who decided what, when and why. */
export interface InputReview {
  status: ReviewStatus;
  /** Why it was withheld (required then), or a note on publishing. */
  reason?: string;
  /** Entra object id of the reviewer. */
  reviewedBy?: string;
  reviewedAt?: Date;
  /** When it was first published: the author is told once, and feeds date it so. */
  firstPublishedAt?: Date;
}

/** A statement nobody has reviewed yet. */
export const UNREVIEWED: InputReview = { status: 'unreviewed' };
