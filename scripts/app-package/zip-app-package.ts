import JSZip from 'jszip';
import type { LocalizationFile } from './localization-files';

/** The two icons every Teams app package carries next to manifest.json. */
export interface AppIcons {
  color: Buffer;
  outline: Buffer;
}

/**
 * Builds the upload-ready zip: manifest.json, color.png, outline.png and the localization files
 * the manifest names, each at the path the manifest gives, nothing else.
 */
export async function zipAppPackage(
  manifest: Record<string, unknown>,
  icons: AppIcons,
  localizations: LocalizationFile[] = [],
): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for the same inputs.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file('color.png', icons.color, { date });
  zip.file('outline.png', icons.outline, { date });
  for (const { file, strings } of localizations) {
    zip.file(file, `${JSON.stringify(strings, null, 2)}\n`, { date });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
