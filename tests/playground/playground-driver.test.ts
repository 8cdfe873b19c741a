import type { AddressInfo } from 'node:net';
import {
  type Activity,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
  TeamsInfo,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import restify from 'restify';
import { startPlayground, type Playground } from '../support/playground';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** A card with one Action.Execute button that counts its own presses. */
function counterCard(count: number): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `Pressed ${count} times` }],
    actions: [{ type: 'Action.Execute', title: 'Press', verb: 'press', data: { count } }],
  };
}

/** The smallest Teams bot that exercises what the driver drives. */
class CounterBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'whoami') await context.sendActivity(JSON.stringify(await identity(context)));
      else
        await context.sendActivity({
          text: `echo: ${text}`,
          attachments: [CardFactory.adaptiveCard(counterCard(0))],
        });
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    _context: TurnContext,
    invoke: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const pressed = Number((invoke.action.data as { count?: number }).count ?? 0) + 1;
    return { statusCode: 200, type: CARD, value: counterCard(pressed) };
  }
}

/** What a bot keying registrations by tenant and Entra object id would read from a turn. */
async function identity(context: TurnContext) {
  const { activity } = context;
  const member = await TeamsInfo.getMember(context, activity.from.id);
  return {
    aadObjectId: activity.from.aadObjectId,
    tenantId: activity.conversation.tenantId,
    channelTenantId: (activity.channelData as { tenant?: { id?: string } }).tenant?.id,
    email: member.email,
    givenName: member.givenName,
    surname: member.surname,
  };
}

/** CloudAdapter with no app id: no auth either way, as against any local emulator. */
async function startCounterBot(): Promise<{
  endpoint: string;
  /** Every activity the bot received, oldest first. */
  received: Activity[];
  close(): Promise<void>;
}> {
  const received: Activity[] = [];
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' }),
  );
  const bot = new CounterBot();
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => {
      received.push(context.activity);
      return bot.run(context);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Playground driver', () => {
  let bot: Awaited<ReturnType<typeof startCounterBot>>;
  let playground: Playground;

  beforeAll(async () => {
    bot = await startCounterBot();
    playground = await startPlayground({ botEndpoint: bot.endpoint });
  });
  afterAll(async () => {
    await playground?.stop();
    await bot?.close();
  });

  it('when the user says something, then the bot reply comes back as text and card messages', async () => {
    await playground.say('hello');
    const echo = await playground.waitForReply((r) => r.text === 'echo: hello');
    const card = await playground.waitForReply((r) => r.attachments[0]?.contentType === CARD);
    expect(card.messageId).not.toBe(echo.messageId);
    expect(card.conversationId).toBe((await playground.config()).config.personalChat.id);
  });

  it('when the user presses Action.Execute, then the invoke response card is returned', async () => {
    const result = await playground.invoke('press', { count: 4 });
    expect(result).toEqual({ type: CARD, value: counterCard(5) });
  });

  it('when the bot asks who is talking, then it sees the mock tenant, Entra id and profile', async () => {
    const { config } = await playground.config();
    await playground.say('whoami');
    const reply = await playground.waitForReply((r) => r.text?.startsWith('{') ?? false);
    expect(JSON.parse(reply.text ?? '')).toEqual({
      aadObjectId: config.currentUser.aadObjectId,
      tenantId: config.tenantId,
      channelTenantId: config.tenantId,
      email: config.currentUser.email,
      givenName: config.currentUser.givenName,
      surname: config.currentUser.surname,
    });
  });

  it('when the app is installed, then the bot receives installationUpdate and conversationUpdate', async () => {
    const before = bot.received.length;
    await playground.install();
    await until(() => bot.received.length >= before + 2);
    const [installation, update] = bot.received.slice(before);
    expect(installation).toMatchObject({ type: 'installationUpdate', action: 'add' });
    expect(update?.type).toBe('conversationUpdate');
    expect(update?.membersAdded).toHaveLength(2);
  });

  it('when a custom activity carries a Teams file, then the bot receives it and can answer', async () => {
    const file = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'statement.docx',
      contentUrl: 'http://127.0.0.1:9/statement.docx',
      content: {
        downloadUrl: 'http://127.0.0.1:9/statement.docx',
        uniqueId: 'f-1',
        fileType: 'docx',
      },
    };
    await playground.send({ type: 'message', text: 'my statement', attachments: [file] });
    await playground.waitForReply((r) => r.text === 'echo: my statement');
    const message = bot.received.find((a) => a.text === 'my statement');
    expect(message?.attachments).toEqual([file]);
    expect(message?.channelData).toEqual({
      tenant: { id: (await playground.config()).config.tenantId },
    });
  });

  it('when nothing matches, then waitForReply fails naming what did arrive', async () => {
    await playground.say('ping');
    await expect(playground.waitForReply((r) => r.text === 'never', 500)).rejects.toThrow(
      /echo: ping/,
    );
  });
});
