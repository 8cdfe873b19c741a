import type { Formatter, Request, Response } from 'restify';
import { acceptedEncoding, compress } from './content-encoding';

/** JSON answers shorter than this go as they are: compressing them saves less than a packet. */
export const COMPRESS_JSON_FROM_BYTES = 1024;

const uncompressed = new WeakSet<Response>();

/**
 * Sends this response's JSON as it is, whatever the client accepts: for the Bot Framework
 * endpoint, whose caller is the channel's service in the cloud, not a person's slow link, and
 * where brotli cost more CPU than the rest of opening the registration form (bench:register).
 */
export function sendUncompressed(res: Response): void {
  uncompressed.add(res);
}

/**
 * restify's JSON formatter, compressing (brotli or gzip, as the client accepts) bodies of at
 * least `COMPRESS_JSON_FROM_BYTES`: the tab's boards and queues are repetitive JSON that shrinks
 * five- to tenfold. Live streams (SSE) write their own bytes and are not touched.
 */
export function compressedJson(minBytes = COMPRESS_JSON_FROM_BYTES): Formatter {
  return (req: Request, res: Response, body: unknown) => {
    const text = body === undefined ? 'null' : JSON.stringify(body);
    const bytes = Buffer.from(text, 'utf8');
    res.setHeader('Vary', varyWithEncoding(res.getHeader('Vary')));
    const compressible = bytes.length >= minBytes && !uncompressed.has(res);
    const encoding = compressible ? acceptedEncoding(req) : 'identity';
    const sent = compress(bytes, encoding);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', sent.length);
    return sent;
  };
}

function varyWithEncoding(vary: unknown): string {
  const current =
    typeof vary === 'string' && vary ? vary.split(',').map((name) => name.trim()) : [];
  return [...new Set([...current, 'Accept-Encoding'])].join(', ');
}
