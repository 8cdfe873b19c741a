import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { EventStream, eventMessage } from './event-stream';

const shared = eventMessage('id: 7\nevent: queue\ndata: {"name":"قائمة المتحدثين"}\n\n');
const expected = `retry: 2000\n\n${shared.text}${shared.text}: keep-alive\n\n`;

/** A server whose one route writes a whole stream: shared message twice, texts, then ends. */
async function withServer<T>(use: (port: number) => Promise<T>): Promise<T> {
  const server = restify.createServer();
  server.get('/s', async (_req, res) => {
    const out = new EventStream(res, { 'Cache-Control': 'no-store' });
    out.sendText('retry: 2000\n\n');
    out.send(shared);
    await new Promise((resolve) => setTimeout(resolve, 10));
    out.send(shared);
    out.sendText(': keep-alive\n\n');
    out.end();
    out.send(shared); // after the end: dropped, not thrown
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use((server.address() as AddressInfo).port);
  } finally {
    server.close();
  }
}

describe('EventStream', () => {
  it('when an HTTP/1.1 client reads, then the ready-made chunks parse as the messages, in order, and the stream ends cleanly', async () => {
    const read = await withServer(
      (port) =>
        new Promise<{ body: string; encoding?: string; type?: string }>((resolve, reject) => {
          http
            .get(`http://127.0.0.1:${port}/s`, (response) => {
              let body = '';
              response.setEncoding('utf8');
              response.on('data', (chunk: string) => (body += chunk));
              response.on('end', () =>
                resolve({
                  body,
                  encoding: response.headers['transfer-encoding'],
                  type: response.headers['content-type'],
                }),
              );
              response.on('error', reject);
            })
            .on('error', reject);
        }),
    );
    expect(read).toEqual({
      body: expected,
      encoding: 'chunked',
      type: 'text/event-stream; charset=utf-8',
    });
  });

  it('when fetch reads (a strict chunk parser), then it gets the same text', async () => {
    const body = await withServer(async (port) =>
      (await fetch(`http://127.0.0.1:${port}/s`)).text(),
    );
    expect(body).toBe(expected);
  });

  it('when an HTTP/1.0 client reads (no chunks), then the messages go as plain text until the close', async () => {
    const raw = await withServer(
      (port) =>
        new Promise<string>((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1', () =>
            socket.write('GET /s HTTP/1.0\r\nHost: x\r\n\r\n'),
          );
          const parts: Buffer[] = [];
          socket.on('data', (part: Buffer) => parts.push(part));
          socket.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
          socket.on('error', reject);
        }),
    );
    const [head, body] = splitHead(raw);
    expect(head).not.toMatch(/transfer-encoding/i);
    expect(body).toBe(expected);
  });
});

function splitHead(raw: string): [string, string] {
  const cut = raw.indexOf('\r\n\r\n');
  return [raw.slice(0, cut), raw.slice(cut + 4)];
}
