import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './chromium';

/** What the pseudo-locale pass found on one page. */
export interface PseudoFindings {
  /** Visible texts (or accessible names) without the pseudo brackets: they bypass the catalog. */
  bypassing: string[];
  /** Elements whose grown text no longer fits and is cut off (or a page wider than the screen). */
  clipped: string[];
}

/**
 * Scans the page as it is now, in the pseudo-locale `qps-ploc`: every text a person reads must
 * come bracketed from the catalog, except data (names, titles: inside `<bdi>`, `<time>` or an
 * element with `dir="auto"`, or a part marked with its own `lang`) and texts without letters (numbers, clocks). Writes the findings to
 * test-artifacts/browser/pseudo-<name>.json.
 */
export async function pseudoScan(page: Page, name: string): Promise<PseudoFindings> {
  const findings = await page.evaluate(() => {
    const DATA = 'bdi, time, [dir="auto"], body [lang], script, style';
    const isolated = /\u2068[^\u2069]*\u2069/g;
    const bypasses = (text: string) => {
      const read = text.replace(isolated, '').trim();
      return /[A-Za-z]/.test(read) && !/[[\]]/.test(read);
    };
    const where = (el: Element) => {
      const id = el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}`;
    };
    const bypassing: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest(DATA) || !el.checkVisibility()) continue;
      if (bypasses(node.textContent ?? '')) bypassing.push(`${where(el)}: ${node.textContent}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest(DATA)) continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(attr);
        if (value && bypasses(value)) bypassing.push(`${where(el)} ${attr}: ${value}`);
      }
    }
    const clipped: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
      // Cut on purpose with its whole text in its title (a grid cell), or holding no text.
      const text = (el.textContent ?? '').trim();
      if (text === '' || el.getAttribute('title') === text) continue;
      const wide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const tall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (wide || tall) clipped.push(`${where(el)}: ${(el.textContent ?? '').slice(0, 80)}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      clipped.push(
        `page: ${document.documentElement.scrollWidth}px wide in ${window.innerWidth}px`,
      );
    }
    return { bypassing, clipped };
  });
  writeFileSync(path.join(ARTIFACTS, `pseudo-${name}.json`), JSON.stringify(findings, null, 2));
  return findings;
}
