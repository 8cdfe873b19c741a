import Negotiator from 'negotiator';
import type { Request } from 'restify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The encodings the service sends, best first; `identity` is the bytes as they are. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';
const OFFERED: ContentEncoding[] = ['br', 'gzip', 'identity'];

/**
 * The encoding a request accepts, by its `Accept-Encoding` q-values (negotiator, the parser
 * restify and Express use); brotli wins a tie. A client that refuses them all (even
 * `identity;q=0`) gets identity: correct bytes beat a 406 for a page or a JSON answer.
 */
export function acceptedEncoding(req: Pick<Request, 'headers'>): ContentEncoding {
  // negotiator 1.x takes the tie-break order; its typings still describe 0.6.
  const negotiator = new Negotiator(req) as unknown as {
    encoding(available: string[], options: { preferred: string[] }): string | undefined;
  };
  const chosen = negotiator.encoding(OFFERED, { preferred: OFFERED });
  return (chosen as ContentEncoding | undefined) ?? 'identity';
}

/**
 * Compresses a response made at request time. Brotli at quality 5 and gzip at level 6: close
 * to their best ratio on JSON and HTML at a few milliseconds for the largest answers.
 */
export function compress(bytes: Buffer, encoding: ContentEncoding): Buffer {
  switch (encoding) {
    case 'br':
      return brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
    case 'gzip':
      return gzipSync(bytes, { level: 6 });
    case 'identity':
      return bytes;
  }
}
