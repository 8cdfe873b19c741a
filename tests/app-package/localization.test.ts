import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { fillManifest } from '../../scripts/app-package/fill-manifest';
import {
  readLocalizationFiles,
  validateLocalizationFiles,
  type LocalizationFile,
} from '../../scripts/app-package/localization-files';
import { readPackageSettings } from '../../scripts/app-package/package-settings';
import { zipAppPackage } from '../../scripts/app-package/zip-app-package';
import { UN_LANGUAGES } from '../../core/i18n/catalog';
import { APP_PACKAGE_DIR, PACKAGE_ENV, readTemplate } from './package-env';
import { localizedManifest } from './teams-localized-manifest';

// As in manifest.test.ts: @microsoft/app-manifest requires strip-bom, an ES module jest's
// CommonJS runtime cannot load; nothing here calls it.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text }));

const manifest = fillManifest(readTemplate(), readPackageSettings(PACKAGE_ENV));
const icons = {
  color: fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')),
  outline: fs.readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png')),
};

interface Command {
  title: string;
  description: string;
}
const commandsOf = (resolved: Record<string, unknown>): Command[] =>
  (resolved.bots as Array<{ commandLists: Array<{ commands: Command[] }> }>)[0]!.commandLists[0]!
    .commands;

async function packageZip(): Promise<JSZip> {
  const localizations = await readLocalizationFiles(manifest, APP_PACKAGE_DIR);
  return JSZip.loadAsync(await zipAppPackage(manifest, icons, localizations));
}

describe('The app package in six languages', () => {
  let localizations: LocalizationFile[];
  beforeAll(async () => {
    localizations = await readLocalizationFiles(manifest, APP_PACKAGE_DIR);
  });

  it('names English as the manifest language and one file for each other UN language', () => {
    const info = manifest.localizationInfo as { defaultLanguageTag: string };
    expect(info.defaultLanguageTag).toBe('en');
    expect(localizations.map((l) => l.languageTag).sort()).toEqual(
      UN_LANGUAGES.filter((l) => l !== 'en').sort(),
    );
  });

  it("validates every localization file against Microsoft's localization schema", async () => {
    await expect(validateLocalizationFiles(manifest, localizations)).resolves.toEqual([]);
  });

  it('when a file breaks the schema or names a missing command, then validation says which', async () => {
    const broken: LocalizationFile = {
      languageTag: 'fr',
      file: 'fr.json',
      strings: {
        ...localizations[0]!.strings,
        'name.short': 'Un nom beaucoup trop long pour Teams',
        'bots[0].commandLists[0].commands[9].title': 'rien',
      },
    };
    const errors = await validateLocalizationFiles(manifest, [broken]);
    expect(errors).toEqual([
      expect.stringMatching(/^fr\.json: \/name\.short must NOT have more than 30 characters/),
      'fr.json: bots[0].commandLists[0].commands[9].title names nothing in the manifest',
    ]);
  });

  it('carries each file in the zip next to manifest.json', async () => {
    const zip = await packageZip();
    const names = Object.values(zip.files).map((entry) => entry.name);
    expect(names.sort()).toEqual([
      'ar.json',
      'color.png',
      'es.json',
      'fr.json',
      'manifest.json',
      'outline.png',
      'ru.json',
      'zh.json',
    ]);
  });

  it('when a Teams client is set to Arabic, then it shows the Arabic name, description and commands', async () => {
    const arabic = await localizedManifest(await packageZip(), 'ar-SA');
    expect(arabic.name).toEqual({
      short: 'اجتماعات أصحاب المصلحة',
      full: 'اجتماعات أصحاب المصلحة: التسجيل والبيانات وقائمة المتكلمين',
    });
    expect((arabic.description as { short: string }).short).toMatch(/^تسجيل أصحاب المصلحة/);
    const commands = commandsOf(arabic);
    expect(commands[0]).toEqual({ title: 'register', description: 'تسجيل منظمتك في فعالية' });
    // Titles stay the English words the chat parser reads; every description is Arabic.
    expect(commands.map((c) => c.title)).toEqual(commandsOf(manifest).map((c) => c.title));
    for (const { description } of commands) expect(description).toMatch(/[\u0600-\u06FF]/);
  });

  it('when a Teams client is set to a language the package lacks, then it shows English', async () => {
    const german = await localizedManifest(await packageZip(), 'de-DE');
    expect(german.name).toEqual(manifest.name);
    expect(commandsOf(german)).toEqual(commandsOf(manifest));
  });

  it('translates every string of the manifest that Teams lets a file translate, in each language', () => {
    const english = manifest as { name: { short: string }; description: { full: string } };
    for (const { languageTag, strings } of localizations) {
      expect([languageTag, strings['name.short']]).not.toEqual([languageTag, english.name.short]);
      const keys = Object.keys(strings).filter((key) => key !== '$schema');
      expect([languageTag, keys]).toEqual([
        languageTag,
        Object.keys(localizations[0]!.strings).slice(1),
      ]);
    }
  });
});
