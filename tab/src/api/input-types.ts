import type { ReviewStatus } from '../../../core/registration/written-input';

/** One statement of `GET /api/events/:eventId/inputs`, with its author and review. */
export interface InputRow {
  id: string;
  kind: 'text' | 'file';
  text: string;
  fileName: string | null;
  sizeBytes: number;
  receivedAt: string;
  author: { name: string; organization: string; category: string; referenceCode: string };
  review: { status: ReviewStatus; reason: string | null; reviewedAt: string | null };
}

/** `GET /api/events/:eventId/inputs` (the chair's team only). */
export interface InputsResponse {
  event: { id: string; title: string };
  /** The public page of the event's published statements. */
  publicUrl: string;
  inputs: InputRow[];
}

/** `POST /api/events/:eventId/inputs/:inputId/review`. */
export interface ReviewResponse {
  result: 'changed' | 'unchanged';
  notified: boolean;
  input: InputRow;
}
