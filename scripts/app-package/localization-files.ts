import fs from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { bundledSchemaPath } from './validate-manifest';

/** One translated-strings file the manifest's localizationInfo names, as it goes into the zip. */
export interface LocalizationFile {
  languageTag: string;
  /** Path inside the package, relative to manifest.json. */
  file: string;
  strings: Record<string, unknown>;
}

interface LocalizationInfo {
  defaultLanguageTag: string;
  additionalLanguages?: Array<{ languageTag: string; file: string }>;
}

/** The localizationInfo of a filled manifest; a manifest without it has no additional languages. */
export function localizationInfoOf(manifest: Record<string, unknown>): LocalizationInfo {
  const info = manifest.localizationInfo as LocalizationInfo | undefined;
  return info ?? { defaultLanguageTag: 'en', additionalLanguages: [] };
}

/** Reads every file the manifest's localizationInfo names, from the folder that holds them. */
export async function readLocalizationFiles(
  manifest: Record<string, unknown>,
  folder: string,
): Promise<LocalizationFile[]> {
  const languages = localizationInfoOf(manifest).additionalLanguages ?? [];
  return Promise.all(
    languages.map(async ({ languageTag, file }) => ({
      languageTag,
      file,
      strings: JSON.parse(await fs.readFile(path.join(folder, file), 'utf8')) as Record<
        string,
        unknown
      >,
    })),
  );
}

/** Path of Microsoft's localization schema bundled for the manifest's own schema version. */
export function localizationSchemaPath(manifestSchemaUrl: string): string {
  const manifestSchema = bundledSchemaPath(manifestSchemaUrl);
  return path.join(path.dirname(manifestSchema), 'MicrosoftTeams.Localization.schema.json');
}

/**
 * Checks each localization file against Microsoft's localization schema (draft-04, offline) and
 * against the manifest: same schema version, and only keys that point at something the manifest
 * has, since Teams would silently drop a string for a command that is not there.
 * Returns the problems, each prefixed with the file it is in; empty when all are valid.
 */
export async function validateLocalizationFiles(
  manifest: Record<string, unknown>,
  files: LocalizationFile[],
): Promise<string[]> {
  const schemaUrl = String(manifest.$schema);
  const schema = JSON.parse(await fs.readFile(localizationSchemaPath(schemaUrl), 'utf8')) as object;
  // Microsoft's patterns are written for plain (non-unicode) regexes: `\b]` is a lone bracket
  // under the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const expectedSchema = schemaUrl.replace(
    'MicrosoftTeams.schema.json',
    'MicrosoftTeams.Localization.schema.json',
  );
  return files.flatMap(({ file, strings }) => {
    const problems = validate(strings)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    if (strings.$schema !== expectedSchema) problems.push(`$schema is not ${expectedSchema}`);
    for (const key of Object.keys(strings)) {
      if (key !== '$schema' && valueAt(manifest, key) === undefined) {
        problems.push(`${key} names nothing in the manifest`);
      }
    }
    return problems.map((problem) => `${file}: ${problem}`);
  });
}

/** The manifest value a localization key such as `bots[0].commandLists[0].commands[2].title` names. */
export function valueAt(manifest: Record<string, unknown>, key: string): unknown {
  const steps = key.split(/\.|(?=\[)/).map((step) => /^\[(\d+)\]$/.exec(step)?.[1] ?? step);
  let value: unknown = manifest;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}
