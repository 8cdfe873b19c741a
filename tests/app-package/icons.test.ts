import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { COLOR_ICON, OUTLINE_ICON, renderEmblem } from '../../scripts/app-package/emblem';
import { APP_PACKAGE_DIR } from './package-env';

const readIcon = (file: string) => PNG.sync.read(fs.readFileSync(path.join(APP_PACKAGE_DIR, file)));

/** Pixels as [r, g, b, a] tuples. */
function pixels(png: PNG): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let i = 0; i < png.data.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = png.data.subarray(i, i + 4);
    out.push([r, g, b, a]);
  }
  return out;
}

describe('The app icons', () => {
  it('color.png is 192x192 and fully opaque', () => {
    const color = readIcon('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(pixels(color).every(([, , , a]) => a === 255)).toBe(true);
  });

  it('color.png is in colour, not a grey or white square', () => {
    const colours = new Set(pixels(readIcon('color.png')).map((p) => p.slice(0, 3).join(',')));
    expect(colours.has('31,78,121')).toBe(true);
    expect(colours.has('255,255,255')).toBe(true);
  });

  it('outline.png is 32x32', () => {
    const outline = readIcon('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('outline.png is white on transparent: each pixel fully transparent or white', () => {
    const all = pixels(readIcon('outline.png'));
    const offending = all.filter(
      ([r, g, b, a]) => a !== 0 && (r !== 255 || g !== 255 || b !== 255),
    );
    expect(offending).toEqual([]);
    expect(all.some(([, , , a]) => a === 0)).toBe(true);
    expect(all.some(([, , , a]) => a === 255)).toBe(true);
  });

  it.each([
    ['color.png', COLOR_ICON],
    ['outline.png', OUTLINE_ICON],
  ])('%s is what scripts/make-icons.ts draws', (file, options) => {
    expect(readIcon(file).data.equals(renderEmblem(options))).toBe(true);
  });
});
