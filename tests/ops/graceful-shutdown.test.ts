import { once } from 'node:events';
import http from 'node:http';
import { IN_MEMORY } from '../../bot/open-store';
import { EVENT_ID } from '../conversation/journey-helpers';
import { openSse } from '../queue/sse-client';
import { startServiceProcess, type ServiceProcess } from './service-process';

const QUEUE = `/api/events/${EVENT_ID}/queue`;
/** Above bot/main.ts's 20 s grace, and the time tsx needs to start on a slow machine. */
const PATIENCE_MS = 90_000;

/**
 * A request whose headers the service has accepted (it answered `100 Continue`) while its
 * body is still to come: in flight, as far as the server is concerned, until `finish`.
 */
async function requestInFlight(baseUrl: string, path: string, body: string) {
  const request = http.request(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      'X-Dev-User': 'chair',
      Expect: '100-continue',
    },
  });
  const answered = once(request, 'response') as Promise<[http.IncomingMessage]>;
  request.flushHeaders();
  await once(request, 'continue');
  return {
    async finish(): Promise<{ status: number; body: any }> {
      request.end(body);
      const [response] = await answered;
      let text = '';
      for await (const chunk of response) text += String(chunk);
      return { status: response.statusCode ?? 0, body: JSON.parse(text) };
    },
  };
}

describe('Graceful shutdown of the service process', () => {
  let service: ServiceProcess | undefined;
  afterEach(() => {
    if (service?.child.exitCode === null) service.child.kill('SIGKILL');
  });

  it(
    'when SIGTERM arrives, then open streams end, new connections are refused, the request in flight completes and the process exits 0',
    async () => {
      service = await startServiceProcess({
        DATA_DIR: IN_MEMORY,
        EVENT_FILES: 'examples/oewg-informal-dialogue-2024-02-28.json',
        LOG_LEVEL: 'info',
      });
      const { baseUrl } = service;
      const stream = await openSse(`${baseUrl}${QUEUE}/stream`, { 'X-Dev-User': 'chair' });
      expect(stream.status).toBe(200);
      const state = await fetch(`${baseUrl}${QUEUE}`, { headers: { 'X-Dev-User': 'chair' } });
      const base = ((await state.json()) as any).queue.version as number;
      const command = JSON.stringify({ type: 'closeList', baseVersion: base });
      const inFlight = await requestInFlight(baseUrl, `${QUEUE}/commands`, command);

      service.child.kill('SIGTERM');
      await stream.ended;
      await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();
      const answer = await inFlight.finish();
      expect(answer.status).toBe(200);
      expect(answer.body.queue.version).toBe(base + 1);
      expect(await service.exited).toBe(0);
      expect(service.logs.map((entry) => entry.msg)).toContain('shutting down');
    },
    PATIENCE_MS,
  );
});
