/**
 * The platform imports no feature, features meet only through their index.ts, and no module
 * imports itself through others (docs/architecture.md, decision 025). The planted files show
 * the rules bite; the real tree must pass them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: root });

/** The boundary errors ESLint reports for `code` as if it were the file at `filePath`. */
async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('import boundaries', () => {
  it('refuse a platform module that imports a feature', async () => {
    const errors = await boundaryErrors(
      "import { QueueService } from '../../queue';\nexport const planted = QueueService;\n",
      'bot/platform/http/planted.ts',
    );
    expect(errors).toEqual([expect.stringContaining('bot/platform imports no feature')]);
  });

  it('refuse a platform module that imports the composition level', async () => {
    const errors = await boundaryErrors(
      "import type { Store } from '../../stores';\nexport type Planted = Store;\n",
      'bot/platform/teams/planted.ts',
    );
    expect(errors).toHaveLength(1);
  });

  it("refuse a feature that imports another feature's file instead of its index", async () => {
    const internal = await boundaryErrors(
      "import { QueueService } from '../queue/queue-service';\nexport const planted = QueueService;\n",
      'bot/roundtable/planted.ts',
    );
    const deeper = await boundaryErrors(
      "import { EventCatalog } from '../../event/event-catalog';\nexport const planted = EventCatalog;\n",
      'bot/roundtable/matchmaking/planted.ts',
    );
    expect(internal).toEqual([expect.stringContaining('through its index.ts')]);
    expect(deeper).toEqual([expect.stringContaining('through its index.ts')]);
  });

  it("let a feature import another feature's index, the platform, and the aggregate Store as a type", async () => {
    const errors = await boundaryErrors(
      [
        "import { QueueService } from '../queue';",
        "import { turnView } from '../platform/teams/turn-view';",
        "import type { Store } from '../stores';",
        'export const planted = [QueueService, turnView];',
        'export type Planted = Store;',
        '',
      ].join('\n'),
      'bot/roundtable/planted.ts',
    );
    expect(errors).toEqual([]);
  });

  it('refuse a feature that imports the composition level as a value', async () => {
    const errors = await boundaryErrors(
      "import { buildApp } from '../app';\nexport const planted = buildApp;\n",
      'bot/queue/planted.ts',
    );
    expect(errors).toHaveLength(1);
  });

  it('hold in the real tree', async () => {
    const results = await eslint.lintFiles(['bot']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === RULE)
        .map((m) => `${path.relative(root, r.filePath)}: ${m.message}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('import cycles', () => {
  const depcruise = path.join(root, 'node_modules/.bin/depcruise');
  const config = path.join(root, '.dependency-cruiser.cjs');
  /** depcruise's exit status (0: no violation) and what it printed. */
  const cruise = (cwd: string) => {
    const run = spawnSync(depcruise, ['bot', 'core', '--config', config, '--output-type', 'err'], {
      cwd,
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };

  it('are found when two modules import each other', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cycle-'));
    try {
      mkdirSync(path.join(dir, 'bot'));
      mkdirSync(path.join(dir, 'core'));
      writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": {} }');
      writeFileSync(
        path.join(dir, 'bot/a.ts'),
        "import { b } from './b';\nexport const a = () => b;\n",
      );
      writeFileSync(
        path.join(dir, 'bot/b.ts'),
        "import { a } from './a';\nexport const b = () => a;\n",
      );
      const found = cruise(dir);
      expect(found.output).toMatch(/no-circular/);
      expect(found.status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are absent from the service (bot/, core/)', () => {
    expect(cruise(root)).toEqual({ status: 0, output: expect.any(String) });
  });
});
