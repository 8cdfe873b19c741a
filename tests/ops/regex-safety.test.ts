import path from 'node:path';
import { regexesOf, sourceFiles, unsafeRegexes } from '../support/regex-scan';

const ROOT = path.resolve(__dirname, '..', '..');
/** Where the product's code is: the service, the rules and the tab. */
const PRODUCT = ['bot', 'core', 'tab/src'];

/**
 * Issue 18: a 40-character chat message froze the service for over a minute on one
 * backtracking regex. Every regex in the product must be proven linear by a ReDoS detector
 * (recheck, decision 018), so a new one that is not fails here before it ships.
 */
describe('Regex safety', () => {
  const scanned = sourceFiles(ROOT, PRODUCT).map((file) => regexesOf(file, ROOT));
  const found = scanned.flatMap((s) => s.found);

  it('when the product is scanned, then its regexes are found (literals and RegExp of literals)', () => {
    expect(found.length).toBeGreaterThan(50);
    const files = new Set(found.map((r) => r.file));
    for (const file of ['bot/roundtable/roundtable-command.ts', 'core/text/visible-text.ts'])
      expect(files).toContain(file);
  });

  it('when a RegExp is built from something other than a literal, then it is refused, as no detector can check it', () => {
    expect(scanned.flatMap((s) => s.dynamic)).toEqual([]);
  });

  it('when every regex is checked, then none can backtrack super-linearly', async () => {
    const unsafe = await unsafeRegexes(found);
    expect(unsafe.map((r) => `${r.file}:${r.line} /${r.source}/${r.flags} ${r.verdict}`)).toEqual(
      [],
    );
  }, 600_000);

  it('when vulnerable regexes are planted, then the same check flags them and only them', async () => {
    const planted = path.join(ROOT, 'tests', 'fixtures', 'redos', 'planted-regexes.ts');
    const { found: fixture } = regexesOf(planted, ROOT);
    expect(fixture).toHaveLength(3);
    const unsafe = await unsafeRegexes(fixture);
    expect(unsafe.map((r) => [r.source, r.verdict.split(',')[0]])).toEqual([
      ['^breakout ((?:[a-z0-9-]+[ ,]*)+)$', 'vulnerable: exponential'],
      ['<[^>]*>', 'vulnerable: 2nd degree polynomial'],
    ]);
  }, 120_000);
});
