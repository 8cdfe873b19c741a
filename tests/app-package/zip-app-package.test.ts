import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { fillManifest } from '../../scripts/app-package/fill-manifest';
import { readPackageSettings } from '../../scripts/app-package/package-settings';
import { zipAppPackage } from '../../scripts/app-package/zip-app-package';
import { APP_PACKAGE_DIR, PACKAGE_ENV, readTemplate } from './package-env';

describe('zipAppPackage', () => {
  const manifest = fillManifest(readTemplate(), readPackageSettings(PACKAGE_ENV));
  const color = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png'));
  const outline = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png'));

  it('puts exactly manifest.json, color.png and outline.png at the root', async () => {
    const zip = await JSZip.loadAsync(await zipAppPackage(manifest, { color, outline }));
    const names = Object.values(zip.files).map((entry) => entry.name);
    expect(names.sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('stores the filled manifest and the icons unchanged', async () => {
    const zip = await JSZip.loadAsync(await zipAppPackage(manifest, { color, outline }));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toEqual(manifest);
    expect((await zip.file('color.png')!.async('nodebuffer')).equals(color)).toBe(true);
    expect((await zip.file('outline.png')!.async('nodebuffer')).equals(outline)).toBe(true);
  });

  it('builds the same bytes from the same inputs', async () => {
    const first = await zipAppPackage(manifest, { color, outline });
    const second = await zipAppPackage(manifest, { color, outline });
    expect(first.equals(second)).toBe(true);
  });
});
