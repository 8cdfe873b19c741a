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
        words: [{ en: [word], fr: [], es: [], ar: [], zh: [], ru: [] }],
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

  it('gives parse the English word of a command typed in another language, arguments as typed', async () => {
    const seen: string[] = [];
    const router = new ChatRouter(
      [
        {
          name: 'organizer',
          chat: [
            chatCommand({
              name: 'decisions',
              words: [
                { en: ['confirm'], fr: ['confirmer'], es: [], ar: ['تأكيد'], zh: ['确认'], ru: [] },
              ],
              chairOnly: false,
              parse: (text) => (text.split(' ')[0] === 'confirm' ? text : undefined),
              handle: async (_context, _person, line) => void seen.push(line),
            }),
          ],
        },
      ],
      chair,
    );
    const { context } = fakeContext();
    for (const line of ['CONFIRMER Reg-1', 'تأكـيـد REG-2', '确认 REG-3', 'confirmation'])
      await router.route(context, person, line);
    expect(seen).toEqual(['confirm Reg-1', 'confirm REG-2', 'confirm REG-3']);
  });
});
