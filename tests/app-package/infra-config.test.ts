import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_NAMES } from '../../bot/platform/config';
import configNames from '../../infra/config-names.json';
import { SERVICE_HEAP_MB } from '../../scripts/service-heap';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

function bicepFiles(dir = 'infra'): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return bicepFiles(file);
    return entry.name.endsWith('.bicep') ? [file] : [];
  });
}

/** App settings in a Bicep file: keys of `var appSettings = {...}`, or names in appSettings arrays. */
function appSettingsIn(source: string): Map<string, string> {
  const settings = new Map<string, string>();
  const block = /^var appSettings = \{\n([\s\S]*?)\n\}$/m.exec(source)?.[1] ?? '';
  for (const [, name, value] of block.matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*): (.*)$/gm)) {
    settings.set(name!, value!);
  }
  for (const [, array] of source.matchAll(/appSettings: \[([\s\S]*?)\n\s*\]/g)) {
    for (const [, name] of array!.matchAll(/name: '([^']+)'/g)) settings.set(name!, '');
  }
  return settings;
}

const allSettings = new Map(bicepFiles().flatMap((file) => [...appSettingsIn(read(file))]));
const mainParams = [...read('infra/main.bicep').matchAll(/^param (\w+) /gm)].map(
  ([, name]) => name!,
);

describe('Infrastructure configuration names', () => {
  it('lists every setting the app reads, either deployed or with the reason it is not', () => {
    const listed = [...configNames.configuration, ...Object.keys(configNames.notDeployed)];
    expect([...listed].sort()).toEqual([...CONFIG_NAMES].sort());
  });

  it('finds the web app settings in infra/', () => {
    expect(allSettings.size).toBeGreaterThan(5);
  });

  it('starts the service on App Service with the same heap limit as npm start and the tests', () => {
    const command = /param startupCommand string = '([^']*)'/.exec(read('infra/main.bicep'))?.[1];
    expect(command).toBe(`node --max-old-space-size=${SERVICE_HEAP_MB} dist/bot/main.js`);
  });

  it('uses only configuration names and known platform settings for app settings', () => {
    const known = new Set([...configNames.configuration, ...configNames.platformSettings]);
    expect([...allSettings.keys()].filter((name) => !known.has(name))).toEqual([]);
  });

  it('sets every configuration name that App Service does not provide itself', () => {
    const expected = configNames.configuration.filter(
      (n) => !configNames.setByAppService.includes(n),
    );
    expect(expected.filter((name) => !allSettings.has(name))).toEqual([]);
  });

  it('passes secrets as Key Vault references', () => {
    for (const name of configNames.secrets) {
      expect([name, allSettings.get(name)]).toEqual([
        name,
        expect.stringContaining('@Microsoft.KeyVault('),
      ]);
    }
  });

  it('names main.bicep parameters after the configuration they carry', () => {
    const carried = configNames.configuration.filter(
      (n) => !configNames.setByAppService.includes(n) && !configNames.builtByInfra.includes(n),
    );
    expect(carried.filter((name) => !mainParams.includes(name))).toEqual([]);
  });

  it('main.parameters.json sets only parameters main.bicep declares', () => {
    const file = JSON.parse(read('infra/main.parameters.json')) as { parameters: object };
    expect(Object.keys(file.parameters).filter((name) => !mainParams.includes(name))).toEqual([]);
  });
});

/** Actions documented for Microsoft 365 Agents Toolkit project files (yaml schema v1.11). */
const DOCUMENTED_ACTIONS = new Set([
  'aadApp/create',
  'aadApp/update',
  'arm/deploy',
  'azureAppService/zipDeploy',
  'botFramework/create',
  'cli/runNpmCommand',
  'file/createOrUpdateEnvironmentFile',
  'script',
  'teamsApp/create',
  'teamsApp/publishAppPackage',
  'teamsApp/update',
  'teamsApp/validateAppPackage',
  'teamsApp/validateManifest',
  'teamsApp/zipAppPackage',
]);

describe.each(['m365agents.yml', 'm365agents.local.yml'])('%s', (file) => {
  const source = read(file);

  it('uses only documented toolkit actions', () => {
    const actions = [...source.matchAll(/^\s*- uses: (\S+)/gm)].map(([, action]) => action!);
    expect(actions.length).toBeGreaterThan(3);
    expect(actions.filter((action) => !DOCUMENTED_ACTIONS.has(action))).toEqual([]);
  });

  it('refers only to files that exist', () => {
    const paths = [...source.matchAll(/(?:path|parameters|manifestPath|ignoreFile): (\.\/\S+)/g)];
    expect(paths.length).toBeGreaterThan(0);
    for (const [, relative] of paths)
      expect([relative, fs.existsSync(path.join(ROOT, relative!))]).toEqual([relative, true]);
  });
});
