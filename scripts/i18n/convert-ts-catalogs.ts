/**
 * One-off conversion (issue 22): reads the hand-made TypeScript catalogs core/i18n/<lang>/<area>.ts
 * and writes each as flat key -> text JSON, core/i18n/messages/<lang>/<area>.json, the format
 * translation platforms import. Keys and texts are copied as they are; order is kept.
 * Run: npx tsx scripts/i18n/convert-ts-catalogs.ts
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const I18N = path.resolve(__dirname, '../../core/i18n');
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

for (const language of LANGUAGES) {
  const out = path.join(I18N, 'messages', language);
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(path.join(I18N, language)).filter((f) => f.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path.join(I18N, language, file)) as Record<string, unknown>;
    const texts = Object.values(module)[0] as Record<string, string>;
    const json = `${JSON.stringify(texts, null, 2)}\n`;
    writeFileSync(path.join(out, file.replace(/\.ts$/, '.json')), json);
  }
}
