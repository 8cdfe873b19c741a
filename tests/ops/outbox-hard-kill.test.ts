import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../bot/open-store';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-standin';
import { aPerson, anEvent } from '../store/store-fixtures';
import { BOT_ID, TENANT_ID, personalChat, teamsUser } from '../support/teams-activities';

const CHILD = path.join(__dirname, 'outbox-kill-child.ts');
const MESSAGES = 6;
/** Short, so that on the old code the held row comes back within the test. */
const LEASE_MS = 2_000;

/** The outbox child on `dataDir`; resolves with its first message to the parent. */
function startChild(dataDir: string, hold: boolean) {
  const child: ChildProcess = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dataDir,
      LEASE_MS: String(LEASE_MS),
      HOLD_FIRST_MARK: hold ? '1' : '0',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const told = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Record<string, unknown>));
    void exited.then((code) => reject(new Error(`outbox child exited (${code}) first`)));
  });
  return { child, exited, told };
}

/** `MESSAGES` people with a personal chat, one message each waiting in the outbox. */
async function seed(dataDir: string, serviceUrl: string): Promise<string[]> {
  const store = await openStore({ dataDir });
  const now = new Date();
  const event = anEvent();
  try {
    await store.events.upsert(event);
    for (let i = 0; i < MESSAGES; i++) {
      const user = teamsUser(`Kill ${i}`);
      const registration = aPerson(event.id, {
        tenantId: TENANT_ID,
        aadObjectId: user.aadObjectId,
      });
      await store.registrations.create(registration);
      const { conversationId } = personalChat(user, serviceUrl);
      await store.conversations.save({
        tenantId: TENANT_ID,
        aadObjectId: user.aadObjectId,
        conversationId,
        serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
          bot: { id: BOT_ID, name: 'Stakeholder Bot' },
          user: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
        },
        updatedAt: now,
      });
      await store.outbox.enqueue(
        [
          {
            dedupeKey: `kill-test:${i}`,
            kind: 'status',
            eventId: event.id,
            registrationId: registration.id,
            recipient: { tenantId: TENANT_ID, aadObjectId: user.aadObjectId },
            notBefore: now,
            payload: { type: 'message', text: `Message ${i}` },
          },
        ],
        now,
      );
    }
    return (await store.outbox.list({ eventId: event.id })).map((row) => `outbox-${row.id}`);
  } finally {
    await store.close();
  }
}

describe('Outbox on PGlite, killed with SIGKILL while a "sent" mark waits in the queue', () => {
  let connector: ConnectorStandIn;
  let dataDir: string;
  beforeAll(async () => {
    connector = await startConnectorStandIn();
    dataDir = await mkdtemp(path.join(tmpdir(), 'outbox-kill-'));
  });
  afterAll(async () => {
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when the service restarts on the same folder, then the connector got each message once', async () => {
    const ids = await seed(dataDir, connector.serviceUrl);

    const first = startChild(dataDir, true);
    const { held } = await first.told;
    // The connector has the message whose mark is still waiting.
    expect(connector.perActivityId.get(`outbox-${String(held)}`)).toBe(1);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const again = startChild(dataDir, false);
    expect(await again.told).toEqual({ drained: true });
    expect(await again.exited).toBe(0);

    expect(Object.fromEntries(ids.map((id) => [id, connector.perActivityId.get(id)]))).toEqual(
      Object.fromEntries(ids.map((id) => [id, 1])),
    );
  }, 120_000);
});
