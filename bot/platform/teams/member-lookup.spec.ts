import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import { memberOf } from './member-lookup';

/** A connector that answers member lookups with `answer` and records what it was asked. */
async function connector(answer: (res: http.ServerResponse) => void) {
  const asked: { path: string; authorization?: string }[] = [];
  const server = http.createServer((req, res) => {
    asked.push({ path: req.url ?? '', authorization: req.headers.authorization });
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/emea`,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A turn in a personal chat whose connector client holds real SDK credentials. */
async function turn(serviceUrl: string): Promise<TurnContext> {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: 'bot-app-id',
    MicrosoftAppPassword: 'secret',
  });
  const credentials = await factory.createCredentials(
    'bot-app-id',
    'https://api.botframework.com',
    'https://login.microsoftonline.com/botframework.com',
    true,
  );
  // The token Entra would issue (it cannot be reached here); the signing around it is the SDK's.
  (credentials as unknown as { getToken: () => Promise<string> }).getToken = async () =>
    'connector-token';
  const key = Symbol('ConnectorClient');
  return {
    activity: {
      serviceUrl,
      conversation: { id: 'a:1x/2?' },
      from: { id: '29:1 user' },
    },
    adapter: { ConnectorClientKey: key },
    turnState: new Map([[key, { credentials }]]),
  } as unknown as TurnContext;
}

const json = (status: number, body: string) => (res: http.ServerResponse) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body);
};

describe('memberOf', () => {
  it('asks the turn’s connector for the member, ids escaped, signed by the turn’s credentials', async () => {
    const standIn = await connector(json(200, '{"id":"29:1 user","email":"a@example.org"}'));
    try {
      const member = await memberOf(await turn(standIn.serviceUrl));
      expect(member).toEqual({ id: '29:1 user', email: 'a@example.org' });
      expect(standIn.asked).toEqual([
        {
          path: '/emea/v3/conversations/a%3A1x%2F2%3F/members/29%3A1%20user',
          authorization: 'Bearer connector-token',
        },
      ]);
    } finally {
      await standIn.close();
    }
  });

  it.each([
    ['a 404', json(404, '{"error":{"code":"MemberNotFoundInConversation"}}')],
    ['a body that is not JSON', json(200, 'not json')],
    ['a dropped connection', (res: http.ServerResponse) => res.socket?.destroy()],
  ])('answers undefined for %s', async (_label, answer) => {
    const standIn = await connector(answer);
    try {
      await expect(memberOf(await turn(standIn.serviceUrl))).resolves.toBeUndefined();
      expect(standIn.asked).toHaveLength(1);
    } finally {
      await standIn.close();
    }
  });

  it('asks nothing when the turn has no connector client', async () => {
    const standIn = await connector(json(200, '{}'));
    try {
      const context = await turn(standIn.serviceUrl);
      (context.turnState as unknown as Map<unknown, unknown>).clear();
      await expect(memberOf(context)).resolves.toBeUndefined();
      expect(standIn.asked).toHaveLength(0);
    } finally {
      await standIn.close();
    }
  });
});
