import type { TurnContext } from 'botbuilder';
import { chatCommand, type Feature } from '../feature';
import type { Person } from '../ports';
import { ChatRouter } from './chat-router';

const person: Person = { tenantId: 't', aadObjectId: 'someone' };

function fakeContext() {
  const sent: string[] = [];
  const context = {
    activity: { locale: 'en' },
    turnState: new Map(),
    sendActivity: async (text: string) => void sent.push(text),
  } as unknown as TurnContext;
  return { context, sent };
}

/** A feature with one command that reads lines starting with `word` and says `reply`. */
function saying(name: string, word: string, reply: string, chairOnly = false): Feature {
  return {
    name,
    chat: [
      chatCommand({
        name,
        words: { en: [word] },
        chairOnly,
        parse: (text) => (text?.startsWith(word) ? text : undefined),
        handle: async (context) => void (await context.sendActivity(reply)),
      }),
    ],
  };
}

describe('the chat router', () => {
  const chair = { needsEmail: () => false, isChair: (p: Person) => p.aadObjectId === 'chair' };

  it('gives a line to the first feature, in the listed order, whose command reads it', async () => {
    const router = new ChatRouter(
      [
        saying('roundtable', 'decline SG', 'invitation'),
        saying('organizer', 'decline', 'decision'),
      ],
      chair,
    );
    const { context, sent } = fakeContext();
    await router.route(context, person, 'decline SG');
    await router.route(context, person, 'decline REG-1');
    expect(sent).toEqual(['invitation', 'decision']);
  });

  it('refuses a chair-only command to someone off the chair team without running it', async () => {
    const router = new ChatRouter([saying('organizer', 'export', 'the export', true)], chair);
    const { context, sent } = fakeContext();
    await router.route(context, person, 'export');
    await router.route(context, { ...person, aadObjectId: 'chair' }, 'export');
    expect(sent[0]).toBe("This command is for the Chair's team only.");
    expect(sent[1]).toBe('the export');
  });
});
