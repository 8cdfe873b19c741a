import JSZip from 'jszip';

/** The two icons every Teams app package carries next to manifest.json. */
export interface AppIcons {
  color: Buffer;
  outline: Buffer;
}

/** Builds the upload-ready zip: manifest.json, color.png and outline.png at the root, nothing else. */
export async function zipAppPackage(
  manifest: Record<string, unknown>,
  icons: AppIcons,
): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for the same inputs.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file('color.png', icons.color, { date });
  zip.file('outline.png', icons.outline, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
