import { ConfigError, loadConfig } from '../../bot/platform/config';
import { startBot, type BotHarness } from '../support/bot-harness';
import { TENANT_ID, personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { CLIENT_ID, PUBLIC_URL, TENANT } from './token-fixtures';

/** The auth matrix's configurations: refused at start, local development, chairs in chat. */
const NOW = '2024-02-20T15:00:00Z';
/**
 * Configurations that would leave a door open: refused at start, whatever else is right. The
 * first row is the probe of issue 18 (the tab locked by Entra, `/api/messages` unsigned).
 */
describe('Auth matrix: configurations refused at start', () => {
  const probe = { AAD_APP_CLIENT_ID: CLIENT_ID, MicrosoftAppTenantId: TENANT, PUBLIC_URL };
  it.each<[string, Record<string, string>]>([
    ['tab Entra app + tenant + https URL, no bot app id', probe],
    ['tab Entra app alone, no bot app id', { AAD_APP_CLIENT_ID: CLIENT_ID }],
    ['an https PUBLIC_URL, no bot app id', { PUBLIC_URL }],
    ['Graph, no bot app id', { GRAPH_CLIENT_ID: CLIENT_ID, GRAPH_TENANT_ID: TENANT }],
    ['chairs by email, no tenant', { CHAIR_TEAM: 'chair@un.org' }],
  ])('%s', (_, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });
});

/** The unsigned bot endpoint and development sign-in answer this computer only. */
describe('Auth matrix: local development (no settings at all)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ now: NOW });
  });
  afterAll(() => bot?.close());

  const relayed = { 'X-Forwarded-For': '198.51.100.2' };
  it.each<[string, number, Record<string, string>]>([
    ['dev sign-in from this computer', 200, {}],
    ['dev sign-in relayed by a tunnel or proxy', 401, relayed],
    ['dev sign-in with a Forwarded header', 401, { Forwarded: 'for=198.51.100.2' }],
  ])('%s: GET /api/me answers %i', async (_, status, headers) => {
    const response = await fetch(`${bot.baseUrl}/api/me`, {
      headers: { 'X-Dev-User': 'chair', ...headers },
    });
    expect(response.status).toBe(status);
  });

  it('an unsigned activity relayed by a tunnel or proxy: POST /api/messages answers 401', async () => {
    const activity = personalChat(teamsUser('Far Away'), bot.connector.serviceUrl).message('help');
    const response = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...relayed },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(401);
    expect(bot.takeSent()).toEqual([]);
    expect((await bot.post(activity)).status).toBe(200);
  });
});

/** Who gets an export link in chat: the chair's team of the configured tenant only. */
describe("Auth matrix: the chair's team in chat", () => {
  const OTHER = '9188040d-6c67-4c5b-b112-36a304b66dad';
  const byOid = teamsUser('Chair by object id');
  const byEmail = teamsUser('Chair by email');
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      now: NOW,
      unsignedActivities: true,
      env: { ...TENANT_BOT_ENV, CHAIR_TEAM: `${byOid.aadObjectId},chair.office@un.org` },
    });
    bot.connector.members.set(byEmail.id, { ...byEmail, email: 'Chair.Office@un.org' });
  });
  afterAll(() => bot?.close());

  const exportAs = async (who: TeamsUser, tenantId: string) => {
    const message: Record<string, any> = personalChat(who, bot.connector.serviceUrl).message(
      'export',
    );
    await bot.post({
      ...message,
      conversation: { ...message.conversation, tenantId },
      channelData: { tenant: { id: tenantId } },
    });
    return /\/api\/exports\//.test(JSON.stringify(bot.takeSent())) ? 'link' : 'refused';
  };
  it.each<[string, 'link' | 'refused', TeamsUser, 'ours' | 'other']>([
    ['object id, configured tenant', 'link', byOid, 'ours'],
    ['object id, another tenant', 'refused', byOid, 'other'],
    ['roster email, configured tenant', 'link', byEmail, 'ours'],
    ['roster email, another tenant', 'refused', byEmail, 'other'],
  ])('chair by %s: %s', async (_, outcome, who, tenant) => {
    expect(await exportAs(who, tenant === 'ours' ? TENANT_ID : OTHER)).toBe(outcome);
  });
});
