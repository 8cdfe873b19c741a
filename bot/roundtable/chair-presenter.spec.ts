import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { translatorFor } from '../../core/i18n/catalog';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { Registration } from '../../core/registration/registration';
import type { TurnView } from '../platform/teams/turn-view';
import { breakoutLines, remarksLines } from './chair-presenter';

const parsed = parseEventDefinition(roundtableJson);
if (!parsed.ok) throw new Error('seed roundtable must be valid');
const event = parsed.value;

const viewIn = (language: string): TurnView => ({
  t: translatorFor(language),
  locale: language,
  userZone: 'UTC',
  both: () => ({ event: '', user: '' }),
});

const remark = (stateCode: string) => ({
  stateCode,
  speakerName: 'Speaker',
  speakerTitle: 'Ambassador',
  level: 'ambassador' as const,
  requestedAt: new Date('2024-05-01T10:00:00Z'),
});

describe("The chair's roundtable lines", () => {
  it("name the States of the opening remarks in the chair's language, by the UN's names", () => {
    const order = [remark('KR'), remark('DE')];
    expect(remarksLines(event, order, viewIn('en')).slice(1).join('\n')).toMatch(
      /^1\. Republic of Korea: .*\n2\. Germany: /,
    );
    const arabic = remarksLines(event, order, viewIn('ar')).slice(1).join('\n');
    expect(arabic).toContain('جمهورية كوريا');
    expect(arabic).toContain('ألمانيا');
    expect(arabic).not.toContain('Germany');
  });

  it("list the people of a breakout group as the chair's language lists them", () => {
    const group = event.breakoutGroups![0]!;
    const people = new Map(
      ['a', 'b', 'c'].map((id) => [
        id,
        { givenName: id.toUpperCase(), familyName: 'X', referenceCode: id } as Registration,
      ]),
    );
    const plan = {
      placements: ['a', 'b', 'c'].map((participantId) => ({
        participantId,
        groupId: group.id,
        reason: 'choice' as const,
      })),
      overflow: [],
    };
    const line = (language: string) => breakoutLines([group], plan, people, viewIn(language))[0];
    expect(line('zh')).toContain('A X (a)、B X (b)和C X (c)');
    expect(line('fr')).toContain('A X (a), B X (b) et C X (c)');
  });
});
