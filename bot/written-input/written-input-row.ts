import type { WrittenInput } from '../../core/registration/written-input';

/** A written_inputs row as read, without the file bytes. */
export interface InputRow {
  id: string;
  event_id: string;
  registration_id: string;
  tenant_id: string;
  aad_object_id: string;
  kind: WrittenInput['kind'];
  text: string;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number;
  received_at: Date;
  review_status: WrittenInput['review']['status'];
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  first_published_at: Date | null;
}

/** The columns every listing reads: all but `content`. */
export const INPUT_COLUMNS = `id, event_id, registration_id, tenant_id, aad_object_id, kind, text,
  file_name, content_type, size_bytes, received_at, review_status, review_reason, reviewed_by,
  reviewed_at, first_published_at`;

/** The input a row holds; absent columns become absent fields, as the input was given. */
export function fromInputRow(row: InputRow): WrittenInput {
  return {
    id: row.id,
    eventId: row.event_id,
    registrationId: row.registration_id,
    tenantId: row.tenant_id,
    aadObjectId: row.aad_object_id,
    kind: row.kind,
    text: row.text,
    ...(row.file_name === null ? {} : { fileName: row.file_name }),
    ...(row.content_type === null ? {} : { contentType: row.content_type }),
    sizeBytes: row.size_bytes,
    receivedAt: row.received_at,
    review: {
      status: row.review_status,
      ...(row.review_reason === null ? {} : { reason: row.review_reason }),
      ...(row.reviewed_by === null ? {} : { reviewedBy: row.reviewed_by }),
      ...(row.reviewed_at === null ? {} : { reviewedAt: row.reviewed_at }),
      ...(row.first_published_at === null ? {} : { firstPublishedAt: row.first_published_at }),
    },
  };
}
