/**
 * Where the service's modules may import from (docs/architecture.md, decision 025):
 * - bot/platform imports no feature and nothing of the composition level (bot/*.ts);
 * - a feature (bot/<feature>/) imports another feature only through its `index.ts`
 *   (`../other`, never `../other/some-file`), and the composition level only as types
 *   (the aggregate `Store` in bot/stores.ts, `BotServices` in bot/bot-services.ts).
 * Built from ESLint's own `no-restricted-imports` (typescript-eslint's, for
 * `allowTypeImports`): one block per folder, since the patterns are relative paths.
 */
import fs from 'node:fs';
import path from 'node:path';

const BOT = 'bot';

/** Every folder under bot/, as a path relative to the repository root. */
function folders(dir) {
  return [
    dir,
    ...fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => folders(path.posix.join(dir, entry.name))),
  ];
}

/** The composition level's modules (bot/*.ts) other than the two a feature may import as types. */
const COMPOSITION = fs
  .readdirSync(BOT)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .filter((name) => name !== 'stores' && name !== 'bot-services');

const up = (depth) => `^(?:\\.\\./){${depth}}`;

/** The rule's options for files in `folder` (bot/<top>/...). */
function restrictionsFor(folder) {
  const parts = folder.split('/').slice(1);
  const [top] = parts;
  const depth = parts.length; // how many `../` lead from a file here back to bot/
  if (top === 'platform') {
    return [
      {
        regex: `${up(depth)}(?!platform(?:/|$))[^./]`,
        message: 'bot/platform imports no feature and nothing of the composition level.',
      },
    ];
  }
  return [
    {
      regex: `${up(depth)}(?!${top}/|platform/)[^./][^/]*/(?!index$).+`,
      message: "Import another feature through its index.ts (e.g. '../queue'), not its files.",
    },
    {
      regex: `${up(depth)}(?:${COMPOSITION.join('|')})$`,
      message: 'A feature imports the composition level only as types (stores, bot-services).',
    },
    {
      regex: `${up(depth)}(?:stores|bot-services)$`,
      allowTypeImports: true,
      message: 'A feature imports the aggregate Store and BotServices as types only.',
    },
  ];
}

/** Flat-config blocks: one per folder under bot/ except the composition level itself. */
export function boundaries() {
  return folders(BOT)
    .filter((folder) => folder !== BOT)
    .map((folder) => ({
      files: [`${folder}/*.ts`],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          { patterns: restrictionsFor(folder) },
        ],
      },
    }));
}
