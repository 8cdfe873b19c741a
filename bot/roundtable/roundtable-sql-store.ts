import type { SqlClient } from '../platform/store/sql-client';
import type { RoundtableStore } from './roundtable-store';
import { BreakoutSqlStore } from './breakouts/breakout-sql-store';
import { InvitationSqlStore } from './invitations/invitation-sql-store';
import { MatchSqlStore } from './matchmaking/match-sql-store';
import { ParticipationSqlStore } from './participation-sql-store';

/** The roundtable's part of the SQL store. */
export function roundtableSqlStore(db: SqlClient): RoundtableStore {
  return {
    invitations: new InvitationSqlStore(db),
    participation: new ParticipationSqlStore(db),
    matches: new MatchSqlStore(db),
    breakouts: new BreakoutSqlStore(db),
  };
}
