import http from 'node:http';

/** One socket per stream, as a thousand browsers would have. */
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** An open queue stream of the benchmark, or the status it was refused with. */
export interface BenchStream {
  status: number;
  close(): void;
}

/**
 * Opens one queue stream on node:http with 'data' events (far lighter than fetch's web
 * streams, so thousands in one process measure the service rather than themselves) and calls
 * `onVersion` for each queue state it carries.
 */
export function openStream(
  url: string,
  headers: Record<string, string>,
  onVersion: (version: number) => void,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<BenchStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      const close = () => request.destroy();
      if (response.statusCode !== 200) {
        response.resume();
        return resolve({ status: response.statusCode ?? 0, close });
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        onBytes(chunk.length);
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          // Queue frames start with their id line; reading only that keeps the client cheap.
          const id = /^id: (\d+)\n/.exec(buffer.slice(0, 24))?.[1];
          buffer = buffer.slice(cut + 2);
          if (id !== undefined) onVersion(Number(id));
        }
      });
      response.on('error', () => undefined);
      resolve({ status: 200, close });
    });
    request.on('error', reject);
  });
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
export const epochNow = (): number => performance.timeOrigin + performance.now();
