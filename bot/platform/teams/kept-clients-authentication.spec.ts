import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import { KeptClientsAuthentication } from './kept-clients-authentication';

const activity = (serviceUrl: string) =>
  ({
    type: 'message',
    serviceUrl,
    channelId: 'msteams',
    conversation: { id: 'a:1' },
    from: { id: '29:1' },
    recipient: { id: '28:bot' },
  }) as Activity;

/** The connector and user-token clients a turn of `adapter` is given for `serviceUrl`. */
async function clientsOfTurn(adapter: CloudAdapter, serviceUrl: string) {
  let seen: unknown[] = [];
  await adapter.processActivityDirect('', activity(serviceUrl), async (context: TurnContext) => {
    seen = [
      context.turnState.get(context.adapter.ConnectorClientKey),
      context.turnState.get(adapter.UserTokenClientKey),
    ];
  });
  return seen;
}

describe('KeptClientsAuthentication', () => {
  // No app id: the SDK accepts unauthenticated activities, as for the local Teams client.
  const auth = () => new KeptClientsAuthentication({});

  it('gives every turn on one service URL the same clients, built once', async () => {
    const adapter = new CloudAdapter(auth());
    const first = await clientsOfTurn(adapter, 'https://smba.example/emea/');
    const second = await clientsOfTurn(adapter, 'https://smba.example/emea/');
    expect(first[0]).toBeDefined();
    expect(first[1]).toBeDefined();
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });

  it('builds a connector client of its own for another service URL, as the SDK would', async () => {
    const adapter = new CloudAdapter(auth());
    const [emea] = await clientsOfTurn(adapter, 'https://smba.example/emea/');
    const [amer] = await clientsOfTurn(adapter, 'https://smba.example/amer/');
    expect(amer).not.toBe(emea);
    expect((amer as { baseUri?: string }).baseUri).toBe('https://smba.example/amer/');
  });

  it('keeps no client whose building failed: the next turn builds again', async () => {
    const kept = auth();
    const claims = (await kept.authenticateRequest(activity('https://x.example/'), ''))
      .claimsIdentity;
    const factory = kept.createConnectorFactory(claims);
    const inner = Object.getPrototypeOf(KeptClientsAuthentication.prototype) as {
      createConnectorFactory: KeptClientsAuthentication['createConnectorFactory'];
    };
    const spy = jest.spyOn(inner, 'createConnectorFactory');
    spy.mockReturnValueOnce({ create: () => Promise.reject(new Error('no credentials')) });
    const failing = kept.createConnectorFactory(claims);
    await expect(failing.create('https://y.example/')).rejects.toThrow('no credentials');
    spy.mockRestore();
    const client = await factory.create('https://y.example/');
    expect((client as unknown as { baseUri?: string }).baseUri).toBe('https://y.example/');
  });
});
