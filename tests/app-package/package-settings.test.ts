import {
  PackageSettingsError,
  readPackageSettings,
} from '../../scripts/app-package/package-settings';
import { PACKAGE_ENV } from './package-env';

describe('readPackageSettings', () => {
  it('when every variable is set, then derives the domain and trims the trailing slash', () => {
    const settings = readPackageSettings(PACKAGE_ENV);
    expect(settings.publicUrl).toBe('https://meetings.example.org');
    expect(settings.publicHostname).toBe('meetings.example.org');
    expect(settings.appVersion).toBe('1.0.0');
  });

  it('when PUBLIC_URL has a port and a path, then keeps both', () => {
    const settings = readPackageSettings({ ...PACKAGE_ENV, PUBLIC_URL: 'https://host:8443/app/' });
    expect(settings.publicUrl).toBe('https://host:8443/app');
    expect(settings.publicHostname).toBe('host:8443');
  });

  it.each(['TEAMS_APP_ID', 'MicrosoftAppId', 'AAD_APP_CLIENT_ID', 'PUBLIC_URL'])(
    'when %s is missing, then the error names it',
    (name) => {
      const env: Record<string, string | undefined> = { ...PACKAGE_ENV, [name]: undefined };
      expect(() => readPackageSettings(env)).toThrow(PackageSettingsError);
      expect(() => readPackageSettings(env)).toThrow(new RegExp(`^${name} is not set`));
    },
  );

  it('when an id is not a GUID, then the error names the variable', () => {
    expect(() => readPackageSettings({ ...PACKAGE_ENV, MicrosoftAppId: 'my-bot' })).toThrow(
      /^MicrosoftAppId must be a GUID/,
    );
  });

  it('when PUBLIC_URL is plain http, then it is refused', () => {
    expect(() =>
      readPackageSettings({ ...PACKAGE_ENV, PUBLIC_URL: 'http://localhost:3978' }),
    ).toThrow(/^PUBLIC_URL must use https/);
  });

  it('when PUBLIC_URL is not a URL, then it is refused', () => {
    expect(() =>
      readPackageSettings({ ...PACKAGE_ENV, PUBLIC_URL: 'meetings.example.org' }),
    ).toThrow(/^PUBLIC_URL must be an absolute URL/);
  });

  it('when APP_VERSION is not x.y.z, then it is refused', () => {
    expect(() => readPackageSettings({ ...PACKAGE_ENV, APP_VERSION: 'v2' })).toThrow(
      /^APP_VERSION/,
    );
  });
});
