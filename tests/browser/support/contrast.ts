import type { Page } from 'playwright-core';

/** A text whose contrast with what is behind it is under the WCAG AA minimum. */
export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
  lang: string;
}

/** What a contrast pass looked at. */
export interface ContrastReport {
  checked: number;
  /** Of `checked`, texts with Arabic letters (axe leaves most of them out). */
  arabic: number;
  /** Texts over a background image or gradient, which no computation can settle. */
  skipped: number;
  failures: ContrastFailure[];
}

/**
 * WCAG 2.x contrast (1.4.3) of every visible text on the page, computed here rather than by
 * axe, which skips text it cannot place (much of the Arabic, for one): the text colour against
 * the backgrounds of its ancestors composited down to the canvas. Large text (24px, or 18.66px
 * bold) needs 3:1, the rest 4.5:1; disabled controls are exempt, as WCAG makes them.
 */
export async function contrastReport(page: Page): Promise<ContrastReport> {
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number };
    const parse = (value: string): Rgba | null => {
      const match = /rgba?\(([^)]+)\)/.exec(value);
      if (!match) return null;
      const [r = 0, g = 0, b = 0, a = 1] = match[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const luminance = ({ r, g, b }: Rgba) => {
      const [lr, lg, lb] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
    };
    const background = (element: Element): Rgba | 'image' => {
      const layers: Rgba[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== 'none') return 'image';
        const color = parse(style.backgroundColor);
        if (color && color.a > 0) {
          layers.push(color);
          if (color.a >= 1) break;
        }
      }
      let result: Rgba = { r: 255, g: 255, b: 255, a: 1 };
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const report = { checked: 0, arabic: 0, skipped: 0, failures: [] as ContrastFailure[] };
    for (const element of document.querySelectorAll('body *')) {
      const own = [...element.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility !== 'visible' || box.width < 2 || box.height < 2) continue;
      if (element.closest('.visually-hidden, [disabled], [aria-disabled="true"], script, style'))
        continue;
      const back = background(element);
      if (back === 'image') {
        report.skipped += 1;
        continue;
      }
      const text = parse(style.color);
      if (!text) continue;
      const fore = over(text, back);
      const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
      const ratio = (light! + 0.05) / (dark! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      report.checked += 1;
      if (/[\u0600-\u06ff]/.test(own)) report.arabic += 1;
      if (ratio + 0.005 < needed) {
        report.failures.push({
          text: own.slice(0, 60),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: style.color,
          background: `rgb(${Math.round(back.r)}, ${Math.round(back.g)}, ${Math.round(back.b)})`,
          lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
        });
      }
    }
    return report;
  });
}
