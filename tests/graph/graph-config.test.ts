import { loadConfig } from '../../bot/platform/config';

const GUID_A = '11111111-2222-4333-8444-555555555555';
const GUID_B = '66666666-7777-4888-8999-000000000000';

describe('Graph configuration', () => {
  it('when no Graph variable is set, then meetings run offline', () => {
    expect(loadConfig({}).graph).toBeUndefined();
  });

  it('when the app identity is complete, then the defaults point at public Graph and Entra ID', () => {
    const config = loadConfig({
      // Graph claims a real tenant: the bot endpoint must then be signed (bot/platform/config-exposure).
      MicrosoftAppId: GUID_A,
      MicrosoftAppPassword: 'p',
      GRAPH_CLIENT_ID: GUID_B,
      GRAPH_TENANT_ID: GUID_A,
      GRAPH_CLIENT_SECRET: 's',
      GRAPH_ORGANIZER: 'chair@contoso.example',
    });
    expect(config.graph).toEqual({
      tenantId: GUID_A,
      clientId: GUID_B,
      clientSecret: 's',
      organizer: 'chair@contoso.example',
      baseUrl: 'https://graph.microsoft.com/v1.0',
      authorityHost: 'https://login.microsoftonline.com',
    });
  });

  it('when credentials are incomplete or doubled, then every problem names its variable', () => {
    expect(() =>
      loadConfig({
        GRAPH_CLIENT_ID: GUID_B,
        GRAPH_CLIENT_SECRET: 's',
        GRAPH_CLIENT_CERTIFICATE_PATH: '/tmp/app.pem',
      }),
    ).toThrow(/GRAPH_TENANT_ID[\s\S]*GRAPH_CLIENT_SECRET: set exactly one[\s\S]*GRAPH_ORGANIZER/);
    expect(() => loadConfig({ GRAPH_CLIENT_SECRET: 's' })).toThrow(/GRAPH_CLIENT_ID: required/);
    expect(() => loadConfig({ GRAPH_AUTHORITY_HOST: 'http://127.0.0.1:1' })).toThrow(
      /GRAPH_AUTHORITY_HOST/,
    );
  });
});
