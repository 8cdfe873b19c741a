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
});
