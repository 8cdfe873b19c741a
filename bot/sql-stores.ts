import type { SqlClient } from './platform/store/sql-client';
import { ConversationSqlStore, languageChannel } from './platform/store/sql/conversation-sql-store';
import { DownloadLinkSqlStore } from './organizer/download-link-sql-store';
import { EventSqlStore, eventChannel } from './event/event-sql-store';
import { MeetingSqlStore, presenceChannel } from './meeting-presence/meeting-sql-store';
import { QueueSqlStore, queueChannel } from './queue/queue-sql-store';
import { RegistrationSqlStore, registrantChannel } from './registration/registration-sql-store';
import { WrittenInputSqlStore } from './written-input/written-input-sql-store';
import { publishedChannel } from './registration/published-author-sql';
import { CalendarLinkSqlStore } from './outbox/calendar-link-sql-store';
import { LogisticsSqlStore } from './event/logistics-sql-store';
import { OutboxSqlStore } from './outbox/outbox-sql-store';
import { roundtableSqlStore } from './roundtable/roundtable-sql-store';
import { SummarySqlStore } from './summary/summary-sql-store';
import { EmailIdentitySqlStore } from './email-identity/email-identity-sql-store';
import type { Store } from './stores';

/** The one Store implementation, over whichever SQL client (PGlite or PostgreSQL) it is given. */
export function sqlStore(db: SqlClient, schema?: string): Store {
  const registrations = new RegistrationSqlStore(
    db,
    registrantChannel(schema),
    publishedChannel(schema),
  );
  return {
    events: new EventSqlStore(db, eventChannel(schema)),
    registrations,
    writtenInputs: new WrittenInputSqlStore(db, publishedChannel(schema)),
    conversations: new ConversationSqlStore(db, languageChannel(schema)),
    downloadLinks: new DownloadLinkSqlStore(db),
    queues: new QueueSqlStore(db, queueChannel(schema)),
    outbox: new OutboxSqlStore(db),
    logistics: new LogisticsSqlStore(db),
    calendarLinks: new CalendarLinkSqlStore(db),
    meetings: new MeetingSqlStore(db, presenceChannel(schema)),
    roundtable: roundtableSqlStore(db),
    summary: new SummarySqlStore(db),
    emailIdentity: new EmailIdentitySqlStore(db),
    transaction: (work) =>
      db.transaction((tx) =>
        work({ registrations: registrations.within(tx), roundtable: roundtableSqlStore(tx) }),
      ),
    ping: async () => {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
  };
}
