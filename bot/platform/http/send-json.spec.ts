import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { z } from 'zod';
import { checkResponses, sendJson } from './send-json';

const Shape = z.object({ name: z.string() });

async function served(check: boolean, body: unknown) {
  const server = restify.createServer();
  if (check) checkResponses(server);
  server.get('/x', async (_req, res) => sendJson(res, Shape, body as z.infer<typeof Shape>));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/x`);
    return { status: response.status, body: await response.json() };
  } finally {
    server.close();
  }
}

describe('sendJson', () => {
  it('when responses are checked and the body matches its schema, then it is sent as it is', async () => {
    expect(await served(true, { name: 'a' })).toEqual({ status: 200, body: { name: 'a' } });
  });

  it('when responses are checked and the body drifted, then 500 names the difference', async () => {
    const { status, body } = await served(true, { title: 'a' });
    expect(status).toBe(500);
    expect(JSON.stringify(body.issues)).toContain('name');
  });

  it('when responses are not checked, then the body is sent unread', async () => {
    expect(await served(false, { title: 'a' })).toEqual({ status: 200, body: { title: 'a' } });
  });
});
