import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import type { Request } from 'restify';
import { isRightToLeft, messageSource, type Language } from '../../../core/i18n/catalog';
import { compress, type ContentEncoding } from './content-encoding';
import { tabTexts } from './i18n-routes';
import { requestLanguage } from './request-language';
import type { TabFile } from './static-files';

/** What the build lists of the files each surface needs (tab/dist/surfaces.json). */
interface Surfaces {
  main: string[];
  surfaces: Record<string, string[]>;
}

const THEMES = new Set(['dark', 'contrast']);
/** Pages rendered and compressed: languages x surfaces x themes x encodings, a few hundred. */
const RENDERED = new LRUCache<string, TabFile>({ max: 512 });

/**
 * The tab's page (`index.html`) as this request's reader sees it before any script runs: the
 * root in their language and direction (`?lang=`, else Accept-Language), the skeleton of a
 * surface with its "Loading" status, the texts of that language inline (no second round trip
 * before the first render), and preload hints for the scripts of the surface `?view=` names,
 * so the browser fetches them side by side rather than one import after another.
 */
export async function renderTabPage(
  directory: string,
  req: Request,
  encoding: ContentEncoding,
): Promise<TabFile | undefined> {
  const page = path.join(directory, 'index.html');
  const info = await stat(page).catch(() => undefined);
  if (!info) return undefined;
  const query = (req.query ?? {}) as Record<string, unknown>;
  const language = requestLanguage(req);
  const view = typeof query.view === 'string' ? query.view : 'panel';
  const theme = typeof query.theme === 'string' && THEMES.has(query.theme) ? query.theme : '';
  const key = [info.mtimeMs, language, view, theme, encoding].join('|');
  const known = RENDERED.get(key);
  if (known) return known;
  const [html, surfaces] = await Promise.all([
    readFile(page, 'utf8'),
    readFile(path.join(directory, 'surfaces.json'), 'utf8')
      .then((text) => JSON.parse(text) as Surfaces)
      .catch(() => undefined),
  ]);
  const bytes = Buffer.from(pageFor(html, language, theme, preloads(surfaces, view)), 'utf8');
  const file: TabFile = {
    bytes: compress(bytes, encoding),
    encoded: true,
    etag: createHash('sha1').update(bytes).digest('base64url'),
    vary: ['Accept-Language'],
  };
  RENDERED.set(key, file);
  return file;
}

/** The scripts the page imports before its surface shows: the entry's and the surface's. */
function preloads(surfaces: Surfaces | undefined, view: string): string[] {
  if (!surfaces) return [];
  const own = surfaces.surfaces[view] ?? surfaces.surfaces.panel ?? [];
  return [...surfaces.main.slice(1), ...own];
}

function pageFor(html: string, language: Language, theme: string, scripts: string[]): string {
  const dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  const attributes = `lang="${language}" dir="${dir}"${theme ? ` data-theme="${theme}"` : ''}`;
  const hints = scripts.map((file) => `<link rel="modulepreload" href="${file}" />`).join('\n    ');
  const texts = JSON.stringify(tabTexts(language)).replace(/</g, '\\u003c');
  // The built page's opening <html ...> tag, found without a regex (decision 018).
  const start = html.indexOf('<html');
  const end = html.indexOf('>', start);
  const opened =
    start < 0 || end < 0
      ? html
      : `${html.slice(0, start)}<html ${attributes}>${html.slice(end + 1)}`;
  return opened
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(text(language, 'tab.title'))}</title>`)
    .replace(
      '</head>',
      `  ${hints}\n    <script type="application/json" id="tab-texts">${texts}</script>\n  </head>`,
    )
    .replace('<div id="root"></div>', `<div id="root">${skeleton(language)}</div>`);
}

/** The first paint: the shape of a surface and its status, replaced when the tab has booted. */
function skeleton(language: Language): string {
  const loading = escapeHtml(text(language, 'tab.loading'));
  const bar = '<div class="skeleton-bar"></div>';
  return `<main class="skeleton" aria-busy="true"><p class="skeleton-status" role="status">${loading}</p>${bar.repeat(4)}</main>`;
}

function text(language: Language, key: 'tab.title' | 'tab.loading'): string {
  return messageSource(language, key);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
