import type JSZip from 'jszip';
import { localizationInfoOf, valueAt } from '../../scripts/app-package/localization-files';

/**
 * What a Teams client set to `clientLanguage` (e.g. "ar-SA") shows from an uploaded package,
 * resolved as Microsoft's "Localize your app" page describes: the manifest's own strings, then
 * the file whose languageTag is the client's language alone ("ar"), then the one for language
 * and region ("ar-sa"), each overwriting the one before. Tags compare case-insensitively.
 */
export async function localizedManifest(
  zip: JSZip,
  clientLanguage: string,
): Promise<Record<string, unknown>> {
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<
    string,
    unknown
  >;
  const client = clientLanguage.toLowerCase();
  const tags = [client.split('-')[0], client];
  const languages = localizationInfoOf(manifest).additionalLanguages ?? [];
  const resolved = structuredClone(manifest);
  for (const tag of new Set(tags)) {
    const entry = languages.find(({ languageTag }) => languageTag.toLowerCase() === tag);
    if (!entry) continue;
    const strings = JSON.parse(await zip.file(entry.file)!.async('string')) as Record<
      string,
      string
    >;
    for (const [key, text] of Object.entries(strings)) {
      if (key !== '$schema') setValueAt(resolved, key, text);
    }
  }
  return resolved;
}

function setValueAt(manifest: Record<string, unknown>, key: string, text: string): void {
  const dot = key.lastIndexOf('.');
  const parent = valueAt(manifest, key.slice(0, dot)) as Record<string, unknown> | undefined;
  if (!parent) throw new Error(`${key} names nothing in the manifest`);
  parent[key.slice(dot + 1)] = text;
}
