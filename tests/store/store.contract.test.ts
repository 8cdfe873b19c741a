import { constraintContract } from './contract/constraint-contract';
import { conversationContract } from './contract/conversation-contract';
import { downloadLinkContract } from './contract/download-link-contract';
import { eventContract } from './contract/event-contract';
import { meetingContract } from './contract/meeting-contract';
import { sessionMigrationContract } from './contract/session-migration-contract';
import { migrationContract } from './contract/migration-contract';
import { outboxContract } from './contract/outbox-contract';
import { queueContract } from './contract/queue-contract';
import { registrationContract } from './contract/registration-contract';
import { roundtableContract } from './contract/roundtable-contract';
import { transactionContract } from './contract/transaction-contract';
import { updateContract } from './contract/update-contract';
import { summaryContract } from './contract/summary-contract';
import { useStore } from './contract/use-store';
import { writtenInputContract } from './contract/written-input-contract';
import { TEST_DATABASE_URL, pgliteTarget, postgresTarget } from './store-targets';

/**
 * The one store contract, run unchanged against embedded PGlite and, when TEST_DATABASE_URL
 * (or DATABASE_URL) is set, PostgreSQL. If the two differ, one of them is wrong.
 */
const targets = TEST_DATABASE_URL
  ? [pgliteTarget, postgresTarget(TEST_DATABASE_URL)]
  : [pgliteTarget];

describe.each(targets)('Store on $name', (target) => {
  const store = useStore(target);
  describe('events', () => eventContract(store));
  describe('registrations', () => registrationContract(store));
  describe('registration updates', () => updateContract(store));
  describe('written inputs', () => writtenInputContract(store));
  describe('conversations', () => conversationContract(store));
  describe('download links', () => downloadLinkContract(store));
  describe('database checks', () => constraintContract(store));
  describe('speaking queues', () => queueContract(store));
  describe('teams meetings', () => meetingContract(store));
  describe('outbox', () => outboxContract(store));
  describe('roundtable', () => roundtableContract(store));
  describe('transactions', () => transactionContract(store));
  describe('summary', () => summaryContract(store));
  describe('migrations', () => migrationContract(target));
  describe('migration to a list per session', () => sessionMigrationContract(target));
});

if (!TEST_DATABASE_URL) {
  const howTo =
    'Store contract: skipped the PostgreSQL side; set TEST_DATABASE_URL=postgres://user@host:5432/db to run it';
  console.warn(howTo);
  describe('Store on PostgreSQL', () => {
    it.skip(howTo, () => undefined);
  });
}
