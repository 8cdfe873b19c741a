import { ConfigError, LOOPBACK, loadConfig } from './config';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const GUID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
/** A bot that Teams reaches with signed activities. */
const BOT = { MicrosoftAppId: '6f1c2a4e-0b8d-4c1e-9f7a-2d3b4c5d6e7f', MicrosoftAppPassword: 'p' };
const GRAPH = {
  GRAPH_CLIENT_ID: GUID,
  GRAPH_TENANT_ID: TENANT,
  GRAPH_CLIENT_SECRET: 's',
  GRAPH_ORGANIZER: 'chair@contoso.example',
};

describe('loadConfig', () => {
  it('runs with no configuration at all: embedded database, local URL, no Bot credentials', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      publicUrl: 'http://localhost:3978',
      dataDir: './data/pglite',
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.bot.appId).toBe('');
  });

  it('reads the chair team as object ids and lower-cased emails', () => {
    const config = loadConfig({
      ...BOT,
      MicrosoftAppTenantId: TENANT.toUpperCase(),
      CHAIR_TEAM: '6F1C2A4E-0B8D-4C1E-9F7A-2D3B4C5D6E7F, Prizeman@UN.org',
    });
    expect(config.chairTeam).toEqual({
      objectIds: ['6f1c2a4e-0b8d-4c1e-9f7a-2d3b4c5d6e7f'],
      emails: ['prizeman@un.org'],
      tenantId: TENANT,
    });
  });

  it('sends reminders 24 hours and 1 hour ahead unless told otherwise, longest first', () => {
    expect(loadConfig({}).reminderMinutes).toEqual([1440, 60]);
    expect(loadConfig({ REMINDER_MINUTES: '30, 2880,30' }).reminderMinutes).toEqual([2880, 30]);
  });

  it.each(['0', '20000', 'an hour', '60,'])('refuses REMINDER_MINUTES=%s, naming it', (value) => {
    expect(() => loadConfig({ REMINDER_MINUTES: value })).toThrow(/REMINDER_MINUTES/);
  });

  it('reads the Teams app id as a lower-case GUID, and refuses anything else', () => {
    const id = '0D5E1F3A-4B6C-4D7E-8F90-A1B2C3D4E5F6';
    expect(loadConfig({ ...BOT, TEAMS_APP_ID: id }).teamsAppId).toBe(id.toLowerCase());
    expect(loadConfig({}).teamsAppId).toBeUndefined();
    expect(() => loadConfig({ TEAMS_APP_ID: 'my-app' })).toThrow(/TEAMS_APP_ID/);
  });

  it('names every bad variable and what is wrong with it', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        CHAIR_TEAM: 'the chair',
        MicrosoftAppId: 'abc',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DATABASE_URL/);
    expect(attempt).toThrow(/MicrosoftAppId/);
  });

  it('requires a password and https when real Bot Framework credentials are given', () => {
    const id = '6f1c2a4e-0b8d-4c1e-9f7a-2d3b4c5d6e7f';
    expect(() => loadConfig({ MicrosoftAppId: id, PUBLIC_URL: 'http://example.org' })).toThrow(
      /MicrosoftAppPassword[\s\S]*PUBLIC_URL/,
    );
    expect(() => loadConfig({ CHAIR_TEAM: 'the chair' })).toThrow(/CHAIR_TEAM: "the chair"/);
  });

  it('leaves /metrics open without METRICS_TOKEN and refuses a token too short to guess safely', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token-123' }).metricsToken).toBe(
      'a-long-enough-token-123',
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN: must be at least 16/,
    );
  });

  it('trusts no proxy unless TRUSTED_PROXIES lists addresses or ranges, and names a bad entry', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,fc00::/7' }).trustedProxies,
    ).toEqual(['10.0.0.0/8', '127.0.0.1', 'fc00::/7']);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(
      /TRUSTED_PROXIES: "10.0.0.0\/33" has a prefix length outside 0-32/,
    );
    expect(() => loadConfig({ TRUSTED_PROXIES: 'frontend.azure' })).toThrow(
      /TRUSTED_PROXIES: "frontend.azure" is not an IP address or CIDR range/,
    );
  });

  it('listens on loopback only while the bot endpoint is unsigned, on every interface otherwise', () => {
    expect(loadConfig({}).listenHost).toBe(LOOPBACK);
    expect(loadConfig({ CHAIR_TEAM: GUID, DATABASE_URL: 'postgres://x@h/db' }).listenHost).toBe(
      LOOPBACK,
    );
    expect(loadConfig(BOT).listenHost).toBeUndefined();
  });
});

/**
 * Without MicrosoftAppId, /api/messages takes unsigned activities and (without an Entra app)
 * the tab takes development sign-in: the service then serves this computer only, so every
 * setting that claims a real tenant, and any non-loopback PUBLIC_URL, is refused at start.
 */
describe('loadConfig refuses an unsigned bot endpoint beside anything real', () => {
  const refused: Array<[string, Record<string, string>, RegExp]> = [
    [
      'the tab Entra app',
      { AAD_APP_CLIENT_ID: GUID },
      /MicrosoftAppId: required when AAD_APP_CLIENT_ID/,
    ],
    [
      'a bot password',
      { MicrosoftAppPassword: 'p' },
      /MicrosoftAppId: required when MicrosoftAppPassword/,
    ],
    [
      'a tenant',
      { MicrosoftAppTenantId: TENANT },
      /MicrosoftAppId: required when MicrosoftAppTenantId/,
    ],
    [
      'a single-tenant bot type',
      { MicrosoftAppType: 'SingleTenant' },
      /MicrosoftAppId: required when MicrosoftAppType/,
    ],
    ['Graph', GRAPH, /MicrosoftAppId: required when GRAPH_CLIENT_ID, GRAPH_TENANT_ID/],
    ['a Teams app id', { TEAMS_APP_ID: GUID }, /MicrosoftAppId: required when TEAMS_APP_ID/],
    [
      'an https PUBLIC_URL',
      { PUBLIC_URL: 'https://meet.example.org' },
      /PUBLIC_URL: must be a loopback/,
    ],
    [
      'a plain http public PUBLIC_URL',
      { PUBLIC_URL: 'http://meet.example.org' },
      /PUBLIC_URL: must be a loopback/,
    ],
    [
      'a LAN PUBLIC_URL',
      { PUBLIC_URL: 'http://192.168.1.20:3978' },
      /PUBLIC_URL: must be a loopback/,
    ],
    ['a dev tunnel PUBLIC_URL', { PUBLIC_URL: 'https://abc.devtunnels.ms' }, /PUBLIC_URL/],
    [
      'the tab Entra app, its tenant and an https PUBLIC_URL (the probe)',
      {
        AAD_APP_CLIENT_ID: GUID,
        MicrosoftAppTenantId: TENANT,
        PUBLIC_URL: 'https://meet.example.org',
      },
      /MicrosoftAppId: required when AAD_APP_CLIENT_ID, MicrosoftAppTenantId[\s\S]*PUBLIC_URL/,
    ],
    ['chairs by email', { CHAIR_TEAM: 'chair@un.org' }, /CHAIR_TEAM: emails are trusted only/],
  ];
  it.each(refused)('refuses to start with %s', (_, env, problem) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(problem);
  });

  const accepted: Array<[string, Record<string, string>]> = [
    ['nothing at all (npm start)', {}],
    ['a localhost PUBLIC_URL', { PUBLIC_URL: 'http://localhost:3978' }],
    ['a 127.0.0.1 PUBLIC_URL', { PUBLIC_URL: 'http://127.0.0.1:3978' }],
    ['a [::1] PUBLIC_URL', { PUBLIC_URL: 'http://[::1]:3978' }],
    [
      'chairs by object id, PostgreSQL and a metrics token',
      {
        CHAIR_TEAM: GUID,
        DATABASE_URL: 'postgres://x@h/db',
        METRICS_TOKEN: 'a-long-enough-token-123',
      },
    ],
    [
      'a signed bot with the tab app, its tenant, Graph and an https URL',
      {
        ...BOT,
        AAD_APP_CLIENT_ID: GUID,
        MicrosoftAppTenantId: TENANT,
        PUBLIC_URL: 'https://meet.example.org',
        TEAMS_APP_ID: GUID,
        ...GRAPH,
      },
    ],
    [
      'a signed bot with chairs by email in its tenant',
      { ...BOT, MicrosoftAppTenantId: TENANT, CHAIR_TEAM: 'chair@un.org' },
    ],
  ];
  it.each(accepted)('starts with %s', (_, env) => {
    expect(() => loadConfig(env)).not.toThrow();
  });

  it('refuses chairs by email for a multi-tenant bot: no directory would be trusted', () => {
    expect(() => loadConfig({ ...BOT, CHAIR_TEAM: 'chair@un.org' })).toThrow(
      /CHAIR_TEAM: emails are trusted only in the directory of MicrosoftAppTenantId/,
    );
  });

  describe('Direct Line (the public page chat)', () => {
    const SECRET = 'dl-secret-0123456789abcdef';

    it('has no chat without a secret, and the global endpoint by default with one', () => {
      expect(loadConfig({}).directLine).toBeUndefined();
      expect(loadConfig({ ...BOT, DIRECT_LINE_SECRET: SECRET }).directLine).toEqual({
        secret: SECRET,
        endpoint: 'https://directline.botframework.com',
      });
    });

    it('takes a loopback stand-in without a bot app id (local development)', () => {
      const config = loadConfig({
        DIRECT_LINE_SECRET: SECRET,
        DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:4010/',
      });
      expect(config.directLine?.endpoint).toBe('http://127.0.0.1:4010');
    });

    it('refuses the real Direct Line beside an unsigned bot endpoint', () => {
      expect(() => loadConfig({ DIRECT_LINE_SECRET: SECRET })).toThrow(
        /MicrosoftAppId: required when DIRECT_LINE_SECRET/,
      );
    });

    it('refuses plain http off loopback, a short secret and an endpoint without a secret', () => {
      expect(() =>
        loadConfig({
          ...BOT,
          DIRECT_LINE_SECRET: SECRET,
          DIRECT_LINE_ENDPOINT: 'http://directline.example',
        }),
      ).toThrow(/DIRECT_LINE_ENDPOINT: must be https/);
      expect(() => loadConfig({ ...BOT, DIRECT_LINE_SECRET: 'short' })).toThrow(
        /DIRECT_LINE_SECRET: must be/,
      );
      expect(() =>
        loadConfig({ ...BOT, DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com' }),
      ).toThrow(/DIRECT_LINE_SECRET: required/);
    });
  });
});
