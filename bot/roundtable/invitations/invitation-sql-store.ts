import type {
  HeadOfDelegation,
  Invitation,
  InvitationAnswer,
} from '../../../core/roundtable/invitation';
import type { SqlClient } from '../../platform/store/sql-client';
import type { InvitationStore } from '../roundtable-store';

interface InvitationRow {
  event_id: string;
  state_code: string;
  state_kind: Invitation['stateKind'];
  sent_at: Date;
  answer: StoredAnswer;
  answered_at: Date | null;
  version: number;
  updated_at: Date;
}

/** The answer as JSON: the opening-remarks time is an ISO string there. */
type StoredAnswer =
  | Exclude<InvitationAnswer, { status: 'accepted' }>
  | {
      status: 'accepted';
      headOfDelegation: HeadOfDelegation;
      openingRemarksRequestedAt?: string;
    };

const COLUMNS = `event_id, state_code, state_kind, sent_at, answer, answered_at, version, updated_at`;

/** Invitations in SQL; an update is a compare-and-set on the version. */
export class InvitationSqlStore implements InvitationStore {
  constructor(private readonly db: SqlClient) {}

  addMissing(invitations: readonly Invitation[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      let added = 0;
      for (const inv of invitations) {
        const rows = await tx.query(
          `INSERT INTO roundtable_invitations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (event_id, state_code) DO NOTHING RETURNING state_code`,
          params(inv),
        );
        added += rows.length;
      }
      return added;
    });
  }

  async get(eventId: string, stateCode: string): Promise<Invitation | undefined> {
    const [row] = await this.db.query<InvitationRow>(
      `SELECT ${COLUMNS} FROM roundtable_invitations WHERE event_id = $1 AND state_code = $2`,
      [eventId, stateCode],
    );
    return row && invitationOf(row);
  }

  async list(eventId: string): Promise<Invitation[]> {
    const rows = await this.db.query<InvitationRow>(
      `SELECT ${COLUMNS} FROM roundtable_invitations WHERE event_id = $1 ORDER BY state_code`,
      [eventId],
    );
    return rows.map(invitationOf);
  }

  async update(next: Invitation): Promise<Invitation | 'conflict'> {
    const rows = await this.db.query(
      `UPDATE roundtable_invitations
       SET answer = $3, answered_at = $4, version = $5, updated_at = $6
       WHERE event_id = $1 AND state_code = $2 AND version = $7
       RETURNING state_code`,
      [
        next.eventId,
        next.stateCode,
        JSON.stringify(next.answer),
        next.answeredAt ?? null,
        next.version,
        next.updatedAt,
        next.version - 1,
      ],
    );
    return rows.length > 0 ? next : 'conflict';
  }
}

function params(inv: Invitation): unknown[] {
  return [
    inv.eventId,
    inv.stateCode,
    inv.stateKind,
    inv.sentAt,
    JSON.stringify(inv.answer),
    inv.answeredAt ?? null,
    inv.version,
    inv.updatedAt,
  ];
}

function invitationOf(row: InvitationRow): Invitation {
  return {
    eventId: row.event_id,
    stateCode: row.state_code,
    stateKind: row.state_kind,
    sentAt: row.sent_at,
    answer: answerOf(row.answer),
    ...(row.answered_at ? { answeredAt: row.answered_at } : {}),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function answerOf(stored: StoredAnswer): InvitationAnswer {
  if (stored.status !== 'accepted') return stored;
  const { openingRemarksRequestedAt, ...rest } = stored;
  return openingRemarksRequestedAt
    ? { ...rest, openingRemarksRequestedAt: new Date(openingRemarksRequestedAt) }
    : rest;
}
