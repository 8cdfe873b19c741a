/** Draws appPackage/color.png and appPackage/outline.png from the emblem in app-package/emblem.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { COLOR_ICON, OUTLINE_ICON, renderEmblem, type EmblemOptions } from './app-package/emblem';

const APP_PACKAGE_DIR = path.resolve(__dirname, '..', 'appPackage');

function writeIcon(file: string, options: EmblemOptions): void {
  const png = new PNG({ width: options.size, height: options.size });
  renderEmblem(options).copy(png.data);
  fs.writeFileSync(path.join(APP_PACKAGE_DIR, file), PNG.sync.write(png));
  console.log(`Wrote appPackage/${file} (${options.size}x${options.size})`);
}

writeIcon('color.png', COLOR_ICON);
writeIcon('outline.png', OUTLINE_ICON);
