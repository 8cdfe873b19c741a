import type { Page } from 'playwright-core';

/** What a layout scan found: the page wider than its window, and lines of text drawn over others. */
export interface LayoutFindings {
  /** `scrollWidth > innerWidth`, e.g. "736 > 320"; null when the page fits. */
  wider: string | null;
  /** Pairs of text lines that overlap, each as "«text a» × «text b»". */
  overlaps: string[];
}

/**
 * Measures the page as shown: whether it scrolls sideways, and whether two lines of visible text
 * overlap. Each text node gives one box per line it occupies (`Range.getClientRects`), so a
 * paragraph whose line height is smaller than its font is found overlapping itself. Boxes that
 * overlap by less than a fifth of their height are the ordinary touch of tight line heights.
 */
export async function layoutScan(page: Page): Promise<LayoutFindings> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const wider =
      root.scrollWidth > window.innerWidth ? `${root.scrollWidth} > ${window.innerWidth}` : null;
    type Line = { text: string; node: Text; box: DOMRect };
    const lines: Line[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || !text.data.trim() || parent.closest('script, style, option, select')) continue;
      const style = getComputedStyle(parent);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      if (clippedAway(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const box of range.getClientRects())
        if (box.width > 2 && box.height > 2)
          lines.push({ text: text.data.trim(), node: text, box });
    }
    const overlaps: string[] = [];
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!.box;
        const b = lines[j]!.box;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Two boxes of one line of one text node (bidi runs) sit side by side, never over.
        const sameLine = lines[i]!.node === lines[j]!.node && Math.abs(a.top - b.top) < 1;
        if (sameLine || width <= 2 || height <= Math.min(a.height, b.height) / 5) continue;
        overlaps.push(`«${lines[i]!.text.slice(0, 40)}» × «${lines[j]!.text.slice(0, 40)}»`);
      }
    return { wider, overlaps: [...new Set(overlaps)] };

    /** Inside a box of a pixel or less that hides its overflow (text for screen readers only). */
    function clippedAway(element: Element): boolean {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const box = e.getBoundingClientRect();
        if (getComputedStyle(e).overflow !== 'visible' && (box.width <= 2 || box.height <= 2))
          return true;
      }
      return false;
    }
  });
}
