import demo from '../../examples/demo-informal-dialogue.json';
import { UN_LANGUAGES, translatorFor } from '../i18n/catalog';
import { eventIn } from './event-language';
import { parseEventDefinition } from './event-schema';

const parsed = parseEventDefinition(demo);
if (!parsed.ok) throw new Error('demo example must be valid');
const event = parsed.value;

describe('The demo event of `npm start`', () => {
  it('gives its title, topic, guiding questions, privacy notice, programme and stakeholder categories in all six languages', () => {
    const texts = [
      demo.title,
      demo.topic,
      demo.privacyNotice,
      ...demo.guidingQuestions.map((q) => q.text),
      ...demo.programme.map((p) => p.title),
      ...demo.stakeholderCategories.map((c) => c.label),
    ];
    for (const text of texts) expect(Object.keys(text).sort()).toEqual([...UN_LANGUAGES].sort());
  });

  it('when read in any other UN language, then no text falls back to the English one', () => {
    const textsOf = (e: typeof event) => [
      e.title,
      e.topic,
      e.privacyNotice,
      ...e.guidingQuestions.map((q) => q.text),
      ...e.programme.map((p) => p.title),
      ...e.stakeholderCategories.map((c) => c.label),
    ];
    const english = textsOf(event);
    for (const language of ['fr', 'es', 'ar', 'zh', 'ru'] as const) {
      const shown = textsOf(eventIn(event, translatorFor(language)));
      shown.forEach((text, i) =>
        expect([language, text]).not.toEqual([language, expect.stringContaining(english[i]!)]),
      );
    }
    expect(eventIn(event, translatorFor('ar')).title).toMatch(/^\[عرض تجريبي\] حوار غير رسمي/);
    expect(eventIn(event, translatorFor('ar')).stakeholderCategories[1]!.label).toBe(
      'منظمة غير حكومية',
    );
    expect(eventIn(event, translatorFor('zh')).guidingQuestions[1]!.text).toContain(
      '关键信息基础设施',
    );
  });
});
