import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback stand-in for Teams' file download URLs: serves registered bytes by path. */
export interface FileHost {
  url(path: string): string;
  put(path: string, bytes: Uint8Array): void;
  close(): Promise<void>;
}

export async function startFileHost(): Promise<FileHost> {
  const files = new Map<string, Uint8Array>();
  const server = http.createServer((req, res) => {
    const bytes = files.get(req.url ?? '');
    if (!bytes) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': bytes.length,
    });
    res.end(Buffer.from(bytes));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    put: (path, bytes) => void files.set(path, bytes),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
