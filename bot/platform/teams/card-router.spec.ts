import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { CardVerb, Feature } from '../feature';
import type { Person } from '../ports';
import { CardRouter } from './card-router';

const person: Person = { tenantId: 't', aadObjectId: 'someone' };
const context = { activity: { locale: 'en' }, turnState: new Map() } as unknown as TurnContext;
const nobodyChairs = { needsEmail: () => false, isChair: () => false };

function answering(verb: string, text: string, chairOnly = false): CardVerb {
  return {
    verb,
    chairOnly,
    handle: async () => ({ statusCode: 200, value: text }) as unknown as AdaptiveCardInvokeResponse,
  };
}

describe('the card router', () => {
  it('refuses to start when two features claim the same verb', () => {
    const features: Feature[] = [
      { name: 'registration', cards: [answering('registration.submit', 'first')] },
      { name: 'roundtable', cards: [answering('registration.submit', 'second')] },
    ];
    expect(() => new CardRouter(features, nobodyChairs)).toThrow(
      "card verb 'registration.submit' is claimed by both 'registration' and 'roundtable'",
    );
  });

  it('hands a verb to the one feature that owns it', async () => {
    const router = new CardRouter(
      [
        { name: 'a', cards: [answering('a.go', 'from a')] },
        { name: 'b', cards: [answering('b.go', 'from b')] },
      ],
      nobodyChairs,
    );
    expect((await router.route(context, person, 'b.go', {})).value).toBe('from b');
  });

  it('answers a chair-only verb with a refusal for someone off the chair team', async () => {
    const router = new CardRouter(
      [{ name: 'organizer', cards: [answering('organizer.export', 'link', true)] }],
      nobodyChairs,
    );
    const response = await router.route(context, person, 'organizer.export', {});
    expect(JSON.stringify(response.value)).not.toContain('link');
    expect(JSON.stringify(response.value)).toContain("Chair's team only");
  });
});
