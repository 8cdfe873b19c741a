import { ConfigError, loadConfig } from './config';

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
      CHAIR_TEAM: '6F1C2A4E-0B8D-4C1E-9F7A-2D3B4C5D6E7F, Prizeman@UN.org',
    });
    expect(config.chairTeam).toEqual({
      objectIds: ['6f1c2a4e-0b8d-4c1e-9f7a-2d3b4c5d6e7f'],
      emails: ['prizeman@un.org'],
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
    expect(loadConfig({ TEAMS_APP_ID: id }).teamsAppId).toBe(id.toLowerCase());
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
});
