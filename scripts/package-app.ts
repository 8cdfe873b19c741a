/**
 * Builds the Teams app package from appPackage/manifest.template.json and the environment
 * (TEAMS_APP_ID, MicrosoftAppId, AAD_APP_CLIENT_ID, PUBLIC_URL, optional APP_VERSION):
 * checks it and its localization files against Microsoft's schemas, and writes
 * appPackage/build/manifest.json and appPackage/build/appPackage.zip.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fillManifest } from './app-package/fill-manifest';
import { readLocalizationFiles, validateLocalizationFiles } from './app-package/localization-files';
import { readPackageSettings } from './app-package/package-settings';
import { validateManifest } from './app-package/validate-manifest';
import { zipAppPackage } from './app-package/zip-app-package';

const APP_PACKAGE_DIR = path.resolve(__dirname, '..', 'appPackage');
const BUILD_DIR = path.join(APP_PACKAGE_DIR, 'build');

async function main(): Promise<void> {
  const settings = readPackageSettings(process.env);
  const template = await fs.readFile(path.join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8');
  const manifest = fillManifest(template, settings);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new Error(`The manifest does not match its schema:\n  ${errors.join('\n  ')}`);
  }
  const localizations = await readLocalizationFiles(manifest, APP_PACKAGE_DIR);
  const localizationErrors = await validateLocalizationFiles(manifest, localizations);
  if (localizationErrors.length > 0) {
    throw new Error(
      `A localization file does not match its schema:\n  ${localizationErrors.join('\n  ')}`,
    );
  }
  const [color, outline] = await Promise.all([
    fs.readFile(path.join(APP_PACKAGE_DIR, 'color.png')),
    fs.readFile(path.join(APP_PACKAGE_DIR, 'outline.png')),
  ]);
  const zip = await zipAppPackage(manifest, { color, outline }, localizations);
  await fs.mkdir(BUILD_DIR, { recursive: true });
  await fs.writeFile(
    path.join(BUILD_DIR, 'manifest.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  await fs.writeFile(path.join(BUILD_DIR, 'appPackage.zip'), zip);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(BUILD_DIR, 'appPackage.zip'))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
