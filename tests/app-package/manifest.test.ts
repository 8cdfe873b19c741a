import fs from 'node:fs';
import { fillManifest } from '../../scripts/app-package/fill-manifest';
import { readPackageSettings } from '../../scripts/app-package/package-settings';
import { bundledSchemaPath, validateManifest } from '../../scripts/app-package/validate-manifest';
import { PACKAGE_DOMAIN, PACKAGE_ENV, readTemplate } from './package-env';

// @microsoft/app-manifest requires strip-bom, an ES module that Node 20 loads natively but
// jest's CommonJS runtime cannot. Schema validation never calls it.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text }));

const settings = readPackageSettings(PACKAGE_ENV);
const filled = () => fillManifest(readTemplate(), settings);

/** Every string value in the manifest that looks like a URL, with where it sits. */
function urlsIn(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? [[at, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => urlsIn(item, `${at}.${key}`));
  }
  return [];
}

describe('The app manifest', () => {
  it('names a schema bundled with @microsoft/app-manifest', () => {
    const schemaUrl = String(filled().$schema);
    expect(fs.existsSync(bundledSchemaPath(schemaUrl))).toBe(true);
  });

  it("when filled from a valid environment, then it validates against Microsoft's schema offline", async () => {
    await expect(validateManifest(filled())).resolves.toEqual([]);
  });

  it('when it breaks the schema, then validation reports each problem', async () => {
    const broken = { ...filled(), accentColor: 'navy', unexpected: true };
    const errors = await validateManifest(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/accentColor'),
        expect.stringContaining('"additionalProperty":"unexpected"'),
      ]),
    );
  });

  it('when it names a schema that is not bundled, then validation refuses rather than fetching', async () => {
    const manifest = {
      ...filled(),
      $schema:
        'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json',
    };
    await expect(validateManifest(manifest)).rejects.toThrow(/not bundled/);
  });

  it('points every URL at the configured domain', () => {
    const { $schema: _schema, ...manifest } = filled();
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(5);
    for (const [at, url] of urls) expect([at, new URL(url).host]).toEqual([at, PACKAGE_DOMAIN]);
    expect(manifest.validDomains).toEqual([PACKAGE_DOMAIN]);
  });

  it("when Teams loads a tab, then its URL asks for the reader's {locale}; a browser's websiteUrl does not", () => {
    const loaded = urlsIn(filled()).filter(([at]) => /(contentUrl|configurationUrl)$/.test(at));
    expect(loaded.map(([at]) => at)).toEqual([
      '.configurableTabs[0].configurationUrl',
      '.staticTabs[1].contentUrl',
      '.staticTabs[2].contentUrl',
    ]);
    for (const [at, url] of loaded) {
      expect([at, new URL(url).searchParams.get('lang')]).toEqual([at, '{locale}']);
    }
    for (const [at, url] of urlsIn(filled()).filter(([where]) => where.endsWith('websiteUrl'))) {
      expect([at, url]).toEqual([at, expect.not.stringContaining('{')]);
    }
  });

  it('asks for SSO on the app domain with the Entra client id', () => {
    expect(filled().webApplicationInfo).toEqual({
      id: PACKAGE_ENV.AAD_APP_CLIENT_ID,
      resource: `api://${PACKAGE_DOMAIN}/${PACKAGE_ENV.AAD_APP_CLIENT_ID}`,
    });
  });

  it('leaves no placeholder unfilled', () => {
    expect(JSON.stringify(filled())).not.toMatch(/\$\{\{/);
  });

  it('when the template uses an unknown placeholder, then filling fails', () => {
    expect(() => fillManifest('{"id": "${{BOT_ID}}"}', settings)).toThrow(/BOT_ID/);
  });
});
