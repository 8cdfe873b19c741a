import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fresh from 'fresh';
import type { Request, RequestHandler, Response } from 'restify';
import { acceptedEncoding, type ContentEncoding } from './content-encoding';
import { renderTabPage } from './tab-page';

/** An error answered 400 (its message is logged, never sent: see error-bodies.ts). */
class BadPathError extends Error {
  readonly statusCode = 400;
}

/** An error answered 404, with the generic body of error-bodies.ts. */
class MissingFileError extends Error {
  readonly statusCode = 404;
}

/** esbuild's `[name]-[hash]` and build-tab's hashed copies: their bytes never change. */
const HASHED = /-[A-Z0-9]{8}\.(?:js|css)(?:\.map)?$/;
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files: kept by the browser, but asked again (ETag) at every use. */
const REVALIDATE = 'no-cache';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The built tab's flat folder under `/tab/`: scripts and styles with a content hash in their
 * name are cached for a year, pages are revalidated. The build wrote every text file brotli-
 * and gzip-compressed beside itself; the client's `Accept-Encoding` picks one, and a client
 * that accepts neither gets the file as it is. `index.html` (and the folder itself) is the
 * tab's page, written per request in the reader's language (tab-page.ts). A path that does not
 * decode or holds a NUL byte is answered 400 before the file system is asked.
 */
export function staticFiles(directory: string, fallback: string): RequestHandler {
  return function tabFiles(req: Request, res: Response, next: (err?: unknown) => void) {
    const name = fileNameOf(req.path(), fallback);
    if (name === undefined) return next(new BadPathError('undecodable static file path'));
    const encoding = acceptedEncoding(req);
    const answer =
      name === 'index.html'
        ? renderTabPage(directory, req, encoding)
        : fileOf(directory, name, encoding);
    answer.then(
      (file) => {
        if (!file) return next(new MissingFileError('no such tab file'));
        send(req, res, name, file, encoding);
        return next(false);
      },
      (err: unknown) => next(err),
    );
  };
}

/** What is sent of a file: its bytes in the chosen encoding and a tag of its content. */
export interface TabFile {
  bytes: Buffer;
  /** Whether `bytes` are in the encoding asked for (else they are identity). */
  encoded: boolean;
  etag: string;
  /** Request headers the content depends on besides Accept-Encoding. */
  vary?: string[];
}

function send(req: Request, res: Response, name: string, file: TabFile, asked: ContentEncoding) {
  const encoding = file.encoded ? asked : 'identity';
  res.setHeader('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', HASHED.test(name) ? YEAR_IMMUTABLE : REVALIDATE);
  res.setHeader('Vary', ['Accept-Encoding', ...(file.vary ?? [])].join(', '));
  const etag = `"${file.etag}${encoding === 'identity' ? '' : `-${encoding}`}"`;
  res.setHeader('ETag', etag);
  if (fresh(req.headers, { etag })) {
    res.writeHead(304);
    res.end();
    return;
  }
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', file.bytes.length);
  res.writeHead(200);
  res.end(file.bytes);
}

/**
 * The file name a `/tab/...` path asks for: the folder is flat, so anything with a separator or
 * a leading dot (`..`, `.build-stamp`) is no file of ours; `undefined` when it does not decode.
 */
function fileNameOf(requestPath: string, fallback: string): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(requestPath.replace(/^\/tab\/?/, ''));
  } catch {
    return undefined;
  }
  if (name.includes('\0')) return undefined;
  if (name === '') return fallback;
  if (name.includes('/') || name.includes('\\') || name.startsWith('.')) return '.missing';
  return name;
}

async function fileOf(
  directory: string,
  name: string,
  encoding: ContentEncoding,
): Promise<TabFile | undefined> {
  const file = path.join(directory, name);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const etag = createHash('sha1').update(`${info.size}:${info.mtimeMs}`).digest('base64url');
  if (encoding !== 'identity') {
    const encoded = await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(
      () => undefined,
    );
    if (encoded) return { bytes: encoded, encoded: true, etag };
  }
  return { bytes: await readFile(file), encoded: false, etag };
}
