/**
 * The app's emblem: a globe that is also a speech bubble (the floor given to a speaker),
 * drawn as anti-aliased white strokes. Pure: returns RGBA pixels, the caller writes PNGs.
 */

type Point = readonly [number, number];

/** Globe centre and radius in emblem units; the emblem spans [-1, 1] on both axes. */
const CENTRE: Point = [0.08, -0.1];
const RADIUS = 0.78;
const TAIL_APEX: Point = [-0.86, 0.92];
const SAMPLES = 4;

function onRing(x: number, y: number, rx: number, ry: number, half: number): boolean {
  const dx = (x - CENTRE[0]) / rx;
  const dy = (y - CENTRE[1]) / ry;
  return Math.abs(Math.hypot(dx, dy) - 1) * Math.min(rx, ry) <= half;
}

function insideTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const side = (u: Point, v: Point) =>
    (v[0] - u[0]) * (p[1] - u[1]) - (v[1] - u[1]) * (p[0] - u[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function ringPoint(degrees: number): Point {
  const t = (degrees * Math.PI) / 180;
  return [CENTRE[0] + RADIUS * Math.cos(t), CENTRE[1] + RADIUS * Math.sin(t)];
}

/** Whether emblem point (x, y) is white. `stroke` is the line width; `detailed` adds parallels. */
function inEmblem(x: number, y: number, stroke: number, detailed: boolean): boolean {
  const half = stroke / 2;
  const r = Math.hypot(x - CENTRE[0], y - CENTRE[1]);
  if (onRing(x, y, RADIUS, RADIUS, half)) return true;
  if (r > RADIUS + half) {
    return insideTriangle([x, y], ringPoint(112), ringPoint(158), TAIL_APEX);
  }
  const dy = y - CENTRE[1];
  if (Math.abs(dy) <= half) return true; // equator
  if (onRing(x, y, RADIUS * 0.42, RADIUS, half)) return true; // meridians
  if (!detailed) return false;
  if (Math.abs(x - CENTRE[0]) <= half) return true; // central meridian
  return Math.abs(Math.abs(dy) - RADIUS * 0.5) <= half; // parallels
}

/** Fraction (0..1) of a pixel covered by the emblem, by supersampling. */
function coverage(
  px: number,
  py: number,
  scale: number,
  centre: number,
  stroke: number,
  detailed: boolean,
): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES - centre) / scale;
      const y = (py + (sy + 0.5) / SAMPLES - centre) / scale;
      if (inEmblem(x, y, stroke, detailed)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** Options for one rendering of the emblem. */
export interface EmblemOptions {
  size: number;
  /** Pixels per emblem unit: size / 2 fills the icon, less leaves a margin. */
  scale: number;
  stroke: number;
  detailed: boolean;
  /** Opaque background colour, or undefined for white on transparent. */
  background?: readonly [number, number, number];
}

/** Renders the emblem to RGBA bytes, row by row. */
export function renderEmblem(options: EmblemOptions): Buffer {
  const { size, scale, stroke, detailed, background } = options;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const c = coverage(px, py, scale, size / 2, stroke, detailed);
      const i = (py * size + px) * 4;
      if (background) {
        for (let k = 0; k < 3; k++) {
          const base = background[k] ?? 0;
          pixels[i + k] = Math.round(base + (255 - base) * c);
        }
        pixels[i + 3] = 255;
      } else {
        pixels.fill(c > 0 ? 255 : 0, i, i + 3);
        pixels[i + 3] = Math.round(255 * c);
      }
    }
  }
  return pixels;
}

/** The 192x192 colour icon: white emblem on the accent colour, inside Teams' safe area. */
export const COLOR_ICON: EmblemOptions = {
  size: 192,
  scale: 62,
  stroke: 0.085,
  detailed: true,
  background: [0x1f, 0x4e, 0x79],
};

/** The 32x32 outline icon: the simplified emblem in white on transparent. */
export const OUTLINE_ICON: EmblemOptions = { size: 32, scale: 15, stroke: 0.15, detailed: false };
