import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  isTeamsFileHost,
  strictDownloadPolicy,
  type DownloadPolicy,
} from '../../bot/written-input/download-policy';

/** The SharePoint name the file host answers for (resolved to loopback by `fileHostPolicy`). */
export const FILE_HOST_NAME = 'contoso.sharepoint.com';

/** How the file host answers a path: bytes, a redirect, an endless body or no body at all. */
export type FileAnswer =
  { bytes: Uint8Array } | { redirect: string } | { endless: true } | { stall: true };

/** A loopback stand-in for Teams' file download URLs: serves registered answers by path. */
export interface FileHost {
  /** The URL of `path` under the SharePoint name (or under `host`, e.g. `127.0.0.1`). */
  url(path: string, host?: string): string;
  put(path: string, bytes: Uint8Array): void;
  answer(path: string, answer: FileAnswer): void;
  /** Requests received, by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * The test seam of the downloader, spelled out: production's host list, but plain http is
 * allowed and every name resolves to loopback, which only this policy accepts.
 */
export function fileHostPolicy(overrides: Partial<DownloadPolicy> = {}): DownloadPolicy {
  return {
    ...strictDownloadPolicy(),
    protocols: ['https:', 'http:'],
    hostAllowed: isTeamsFileHost,
    resolve: async () => ['127.0.0.1'],
    addressAllowed: (address) => address === '127.0.0.1',
    ...overrides,
  };
}

export async function startFileHost(): Promise<FileHost> {
  const answers = new Map<string, FileAnswer>();
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const answer = answers.get(path);
    // Never chain writeHead().end(): restify, loaded in the same jest process, patches writeHead.
    if (!answer) {
      res.writeHead(404);
      return void res.end();
    }
    if ('bytes' in answer) {
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': answer.bytes.length,
      });
      return void res.end(Buffer.from(answer.bytes));
    }
    if ('redirect' in answer) {
      res.writeHead(302, { Location: answer.redirect });
      return void res.end();
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    if ('stall' in answer) return;
    const chunk = Buffer.alloc(64 * 1024, 65);
    const timer = setInterval(() => res.write(chunk), 1);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path, host = FILE_HOST_NAME) => `http://${host}:${port}${path}`,
    put: (path, bytes) => void answers.set(path, { bytes }),
    answer: (path, answer) => void answers.set(path, answer),
    hits,
    close: () => {
      timers.forEach(clearInterval);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
