import type { Page } from 'playwright-core';
import { catalogTexts } from '../../core/i18n/catalog';
import type { QueueEntry } from '../../core/speaking-queue';
import { speakerLabel } from '../../tab/src/queue/entry-labels';
import { translator } from '../../tab/src/i18n/texts';
import { describeWithChromium, launchChromium, type Browser } from './support/chromium';

/** A speaker as the queue holds one; the labels read only the name and organization. */
const entryOf = (name: string, organization: string) =>
  ({ speaker: { name, organization } }) as QueueEntry;

/**
 * Where Chromium draws each marked character of `text`, in an Arabic (right-to-left) page: the
 * characters of `marks`, in their visual order from left to right.
 */
async function visualOrder(page: Page, text: string, marks: string): Promise<string> {
  await page.setContent('<html lang="ar" dir="rtl"><body><p id="label"></p></body></html>');
  return page.evaluate(
    ([value, wanted]) => {
      const p = document.getElementById('label')!;
      p.textContent = value;
      const node = p.firstChild!;
      const found: Array<[string, number]> = [];
      for (let i = 0; i < value.length; i += 1) {
        if (!wanted.includes(value.charAt(i))) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        found.push([value.charAt(i), range.getBoundingClientRect().x]);
      }
      return found
        .sort((a, b) => a[1] - b[1])
        .map(([c]) => c)
        .join('');
    },
    [text, marks] as const,
  );
}

/**
 * The stage in Arabic names a speaker "Name (Organization)", alone in the list of who is next
 * and inside the sentence that announces who has the floor. With a Latin organization, the
 * name must stay first (rightmost) and the parentheses around the organization, in both.
 */
describeWithChromium('A speaker label in Arabic, as Chromium lays it out', () => {
  let browser: Browser;
  let page: Page;
  const t = translator(catalogTexts('ar'), 'ar');
  const speaker = speakerLabel(t, entryOf('منى حداد', 'UNICEF'));

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.page();
  }, 60_000);
  afterAll(() => browser?.close());

  // In a right-to-left run "(" is drawn mirrored, so the character "(" is right of the
  // organization and ")" left of it: visually ")UNICEF(" then the name, read right to left.
  const NAME_FIRST_ORG_IN_PARENTHESES = ')U(م';

  it('when the label stands alone (who is next), then the name comes first and the organization sits in its parentheses', async () => {
    await expect(visualOrder(page, speaker, '()Uم')).resolves.toBe(NAME_FIRST_ORG_IN_PARENTHESES);
  });

  it('when the label is inside the announcement of who has the floor, then it reads the same', async () => {
    const announced = t('tab.current.announce', { speaker });
    await expect(visualOrder(page, announced, '()U')).resolves.toBe(')U(');
    // The name (its first letter, "م" of منى) is right of the organization: read first.
    const [name, organization] = [announced.indexOf('منى'), announced.indexOf('UNICEF')];
    const xs = await page.evaluate(
      (at) =>
        at.map((i) => {
          const range = document.createRange();
          range.setStart(document.getElementById('label')!.firstChild!, i);
          range.setEnd(document.getElementById('label')!.firstChild!, i + 1);
          return range.getBoundingClientRect().x;
        }),
      [name, organization],
    );
    expect(xs[0]).toBeGreaterThan(xs[1]!);
  });
});
