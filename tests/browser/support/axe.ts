import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ARTIFACTS } from './chromium';

/** One rule that failed, as axe-core reports it. */
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page (or one frame, such
 * as the tab inside a Teams host) as it is now,
 * writes the full report to test-artifacts/browser/axe-<name>.json and returns the violations.
 */
export async function axeScan(page: Page | Frame, name: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<any> } }).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus sentinels at the edges of grids
    // and focus groups; focus landing on one is moved on at once, so they are not scanned.
    const context = { exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  return violations as AxeViolation[];
}

/** The violations that block: serious or critical. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** "rule (impact): help [targets]" lines, for a readable failure message and log. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(' ')).join(', ')}]`,
    )
    .join('\n');
}
