import { startBot, type BotHarness } from '../support/bot-harness';
import { EVENT_ID } from '../conversation/journey-helpers';
import { newSigningKey, signToken, startEntraStandIn, type EntraStandIn } from './entra-standin';
import { ROWS, type Row } from './auth-matrix-rows';
import { CLIENT_ID, OTHER_TENANT, PUBLIC_URL, TENANT, v2Claims } from './token-fixtures';

const NOW = '2024-02-20T15:00:00Z';
const NOW_S = Date.parse(NOW) / 1000;
const CHAIR_OID = 'c4a1f0de-0000-4000-8000-0000000000c1';
const ATTENDEE_OID = 'a77e0dee-0000-4000-8000-0000000000a1';
const METRICS_TOKEN = 'metrics-token-for-the-matrix';

type Identity =
  'none' | 'forged' | 'expired' | 'wrongAudience' | 'wrongTenant' | 'attendee' | 'chair';
const IDENTITIES: Identity[] = [
  'none',
  'forged',
  'expired',
  'wrongAudience',
  'wrongTenant',
  'attendee',
  'chair',
];

describe('Auth matrix: every route x every kind of caller', () => {
  let entra: EntraStandIn;
  let bot: BotHarness;
  const key = newSigningKey('matrix-key');
  const stranger = newSigningKey('matrix-key'); // same kid, key Entra never published

  const claims = (oid: string, extra: Record<string, unknown> = {}) =>
    v2Claims({ oid, iat: NOW_S - 60, nbf: NOW_S - 60, exp: NOW_S + 3600, ...extra });
  const tokenOf = (who: Identity): string | undefined => {
    switch (who) {
      case 'none':
        return undefined;
      case 'forged':
        return signToken(claims(CHAIR_OID), stranger);
      case 'expired':
        return signToken(
          claims(CHAIR_OID, { iat: NOW_S - 7200, nbf: NOW_S - 7200, exp: NOW_S - 3600 }),
          key,
        );
      case 'wrongAudience':
        return signToken(claims(CHAIR_OID, { aud: '11111111-2222-4333-8444-555555555555' }), key);
      case 'wrongTenant':
        return signToken(
          claims(CHAIR_OID, {
            tid: OTHER_TENANT,
            iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
          }),
          key,
        );
      case 'attendee':
        return signToken(claims(ATTENDEE_OID), key);
      case 'chair':
        return signToken(claims(CHAIR_OID), key);
    }
  };
  const expected = (row: Row, who: Identity): number => {
    if (row.access === 'public') return row.ok.chair;
    if (row.access === 'bot' || row.access === 'metrics') return 401;
    if (who === 'attendee') return row.access === 'chair' ? 403 : (row.ok.attendee ?? 403);
    if (who === 'chair') return row.ok.chair;
    return 401;
  };
  const call = async (row: Row, who: Identity) => {
    const token = tokenOf(who);
    const abort = new AbortController();
    const [method = 'GET'] = row.route.split(' ');
    const response = await fetch(`${bot.baseUrl}${row.path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      ...(row.body !== undefined ? { body: JSON.stringify(row.body) } : {}),
      // A redirect is the answer (the consent pop-up's routes); it is never followed off the machine.
      redirect: 'manual',
      signal: abort.signal,
    });
    abort.abort(); // streams stay open otherwise; the status is all this test needs
    return response.status;
  };
  /** Everything a request could change, read through the store. */
  const fingerprint = async () =>
    JSON.stringify([
      await bot.store.queues.ofEvent(EVENT_ID),
      await Promise.all(
        (await bot.store.queues.ofEvent(EVENT_ID)).map((list) =>
          bot.store.queues.audit(EVENT_ID, list.sessionId),
        ),
      ),
      await bot.store.registrations.listForEvent(EVENT_ID),
      await bot.store.meetings.linkOf(EVENT_ID),
      await bot.store.outbox.depth(),
      await bot.store.writtenInputs.listForEvent(EVENT_ID),
    ]);

  beforeAll(async () => {
    entra = await startEntraStandIn(TENANT);
    entra.published = [key];
    bot = await startBot({
      now: NOW,
      env: {
        AAD_APP_CLIENT_ID: CLIENT_ID,
        MicrosoftAppId: CLIENT_ID,
        MicrosoftAppPassword: 'bot-password-for-the-matrix',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
        PUBLIC_URL,
        ENTRA_METADATA_URL: entra.metadataUrl,
        CHAIR_TEAM: CHAIR_OID,
        METRICS_TOKEN,
      },
    });
  });
  afterAll(async () => {
    await bot?.close();
    await entra?.close();
  });

  it('covers every route the server has', () => {
    const routes = Object.values(bot.server.router.getRoutes()).map((r) => `${r.method} ${r.path}`);
    expect(routes.sort()).toEqual(ROWS.map((r) => r.route).sort());
  });

  it('when a caller is not allowed, then the expected refusal and no state change', async () => {
    const seen: string[] = [];
    for (const row of ROWS) {
      for (const who of IDENTITIES.filter((i) => i !== 'chair')) {
        const before = await fingerprint();
        const status = await call(row, who);
        const changed = (await fingerprint()) !== before;
        seen.push(`${row.route} ${who} ${status}${changed ? ' CHANGED' : ''}`);
      }
    }
    expect(seen).toEqual(
      ROWS.flatMap((row) =>
        IDENTITIES.filter((i) => i !== 'chair').map(
          (who) => `${row.route} ${who} ${expected(row, who)}`,
        ),
      ),
    );
  });

  it("when the chair calls, then the chair's answers", async () => {
    const seen = [];
    for (const row of ROWS) seen.push(`${row.route} ${await call(row, 'chair')}`);
    expect(seen).toEqual(ROWS.map((row) => `${row.route} ${expected(row, 'chair')}`));
  });

  it('when the metrics token is sent, then /metrics answers', async () => {
    const response = await fetch(`${bot.baseUrl}/metrics`, {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
  });
});
