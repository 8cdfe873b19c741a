import roundtableJson from '../../../examples/global-roundtable-2024-05-10.json';
import { migrate } from '../../../bot/platform/store/migrate';
import { openClient } from '../../../bot/open-store';
import type { SqlClient } from '../../../bot/platform/store/sql-client';
import { sqlStore } from '../../../bot/sql-stores';
import type { EventDefinition } from '../../../core/event/event';
import { applyCommand, emptyQueue, type SpeakingQueue } from '../../../core/speaking-queue';
import type { StoreTarget } from '../store-targets';
import { anEvent } from '../store-fixtures';
import { OPEN_TIMEOUT_MS } from './use-store';

const chair = { role: 'chair' as const, userId: 'chair-1', name: 'The Chair' };
const AT = new Date('2024-05-10T13:05:00Z');
const speaker = { name: 'Amina Diallo', organization: 'Digital Rights Coalition' };

/** A list and its audit row as the service saved them before sessions existed (migration 002). */
async function oldQueue(db: SqlClient, event: EventDefinition): Promise<SpeakingQueue> {
  const result = applyCommand(
    emptyQueue(event.id, event),
    { type: 'add', speaker, baseVersion: 0 },
    chair,
    AT,
  );
  if (!result.ok) throw new Error('the add must be accepted');
  const { sessionId: _none, ...state } = result.state;
  await sqlStore(db).events.upsert(event);
  await db.query(
    'INSERT INTO speaking_queues (meeting_id, event_id, version, state) VALUES ($1, $1, 1, $2)',
    [event.id, JSON.stringify(state)],
  );
  await db.query(
    `INSERT INTO queue_audit (meeting_id, version, at, actor_role, actor_user_id, actor_name,
       action, entry_id, detail) VALUES ($1, 1, $2, 'chair', 'chair-1', 'The Chair', 'add', $3, $4)`,
    [event.id, AT, result.audit.entryId, JSON.stringify(result.audit.detail)],
  );
  return result.state;
}

/** Migration 009: lists kept before sessions existed move into the first session, whole. */
export function sessionMigrationContract(target: StoreTarget): void {
  it(
    "when lists from before sessions are migrated, then each is its event's first session's, nothing lost",
    async () => {
      const database = await target.newDatabase();
      const db = await openClient(database.location);
      try {
        await migrate(db, '008_zzz');
        const roundtable = { ...(roundtableJson as EventDefinition), id: 'roundtable-migrated' };
        const cases: Array<[EventDefinition, string]> = [
          [roundtable, 'opening-plenary'],
          [anEvent(), 'dialogue'],
          [anEvent({ programme: [] }), 'main'],
        ];
        const before = [];
        for (const [event] of cases) before.push(await oldQueue(db, event));
        expect(await migrate(db)).toContain('009_session_queues.sql');
        const store = sqlStore(db);
        for (const [index, [event, first]] of cases.entries()) {
          const expected = { ...before[index], sessionId: first };
          expect(await store.queues.get(event.id, first)).toStrictEqual(expected);
          const audit = await store.queues.audit(event.id, first);
          expect(audit.map((a) => [a.sessionId, a.action, a.entryId])).toEqual([
            [first, 'add', 'e1'],
          ]);
        }
      } finally {
        await db.close();
        await database.drop();
      }
    },
    OPEN_TIMEOUT_MS,
  );
}
