import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Request, Response } from 'restify';

/** Web Chat's browser bundle (window.WebChat), served by this service: no CDN. */
export const WEB_CHAT_PATH = '/webchat/webchat.js';

const gzipped = promisify(gzip);
let bundle: Promise<{ plain: Buffer; gzip: Buffer; etag: string }> | undefined;

/** The bundle from node_modules, read and compressed once per process (4 MB, 1 MB gzipped). */
function load() {
  bundle ??= (async () => {
    // The package's "require" entry is lib/index.js; the browser bundle sits beside it in dist/.
    const entry = require.resolve('botframework-webchat');
    const file = path.join(path.dirname(entry), '..', 'dist', 'webchat.js');
    const plain = await readFile(file);
    const { version } = JSON.parse(
      await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8'),
    ) as { version: string };
    return { plain, gzip: await gzipped(plain), etag: `"webchat-${version}"` };
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

export async function webChatBundle(req: Request, res: Response): Promise<void> {
  const { plain, gzip: packed, etag } = await load();
  const headers = {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Cache-Control': 'public, max-age=3600',
    ETag: etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = acceptsGzip ? packed : plain;
  res.writeHead(200, {
    ...headers,
    ...(acceptsGzip ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': String(body.length),
  });
  res.end(body);
}
