import type { SqlClient } from './sql-client';
import { ConversationSqlStore } from './sql/conversation-sql-store';
import { DownloadLinkSqlStore } from './sql/download-link-sql-store';
import { EventSqlStore, eventChannel } from './sql/event-sql-store';
import { MeetingSqlStore, presenceChannel } from './sql/meeting-sql-store';
import { QueueSqlStore, queueChannel } from './sql/queue-sql-store';
import { RegistrationSqlStore } from './sql/registration-sql-store';
import { WrittenInputSqlStore } from './sql/written-input-sql-store';
import { CalendarLinkSqlStore } from './sql/calendar-link-sql-store';
import { LogisticsSqlStore } from './sql/logistics-sql-store';
import { OutboxSqlStore } from './sql/outbox-sql-store';
import { roundtableSqlStore } from './sql/roundtable-sql-store';
import type { Store } from './store';

/** The one Store implementation, over whichever SQL client (PGlite or PostgreSQL) it is given. */
export function sqlStore(db: SqlClient, schema?: string): Store {
  return {
    events: new EventSqlStore(db, eventChannel(schema)),
    registrations: new RegistrationSqlStore(db),
    writtenInputs: new WrittenInputSqlStore(db),
    conversations: new ConversationSqlStore(db),
    downloadLinks: new DownloadLinkSqlStore(db),
    queues: new QueueSqlStore(db, queueChannel(schema)),
    outbox: new OutboxSqlStore(db),
    logistics: new LogisticsSqlStore(db),
    calendarLinks: new CalendarLinkSqlStore(db),
    meetings: new MeetingSqlStore(db, presenceChannel(schema)),
    roundtable: roundtableSqlStore(db),
    ping: async () => {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
  };
}
