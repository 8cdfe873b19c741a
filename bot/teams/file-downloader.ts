import type { FileDownloader } from '../services/written-input-service';

/**
 * Downloads Teams file attachments with a hard size cap, reading the stream so a lying or
 * missing Content-Length cannot make us buffer more than `maxBytes`. Only https URLs are
 * fetched, plus plain-http loopback when running without a tenant (local stand-ins).
 */
export function httpFileDownloader(allowLoopbackHttp: boolean): FileDownloader {
  return {
    async download(url, maxBytes) {
      if (!isAllowed(url, allowLoopbackHttp)) throw new Error(`Refusing to download from ${url}`);
      const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(30_000) });
      if (!response.ok || !response.body)
        throw new Error(`Download failed with HTTP ${response.status}`);
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        await response.body.cancel();
        return 'tooLarge';
      }
      return readCapped(response.body, maxBytes);
    },
  };
}

async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | 'tooLarge'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return 'tooLarge';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function isAllowed(url: string, allowLoopbackHttp: boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  return allowLoopbackHttp && parsed.protocol === 'http:' && loopback;
}
