import dialogue from '../../examples/oewg-informal-dialogue-2024-02-28.json';
import { translatorFor } from '../i18n/catalog';
import { eventIn } from './event-language';
import { parseEventDefinition } from './event-schema';

const parse = (input: unknown) => parseEventDefinition(input);
const [q1, q2] = dialogue.guidingQuestions;
const multilingual = {
  ...dialogue,
  title: { en: 'Informal dialogue', fr: 'Dialogue informel', ar: 'حوار غير رسمي' },
  topic: { en: dialogue.topic, fr: 'Les normes' },
  guidingQuestions: [{ ...q1, text: { en: q1!.text, es: '¿Qué normas?' } }, q2],
};

describe('event texts per language', () => {
  it('when a text is a map by language, then the own language is kept and the others apart', () => {
    const parsed = parse(multilingual);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value).toMatchObject({
      language: 'en',
      title: 'Informal dialogue',
      translations: {
        fr: { title: 'Dialogue informel', topic: 'Les normes' },
        ar: { title: 'حوار غير رسمي' },
        es: { guidingQuestions: { [q1!.id]: '¿Qué normas?' } },
      },
    });
  });

  it('when a reader has the language, then they read it; else the own text, marked', () => {
    const parsed = parse(multilingual);
    if (!parsed.ok) throw new Error('valid');
    const fr = eventIn(parsed.value, translatorFor('fr-FR'));
    expect(fr.title).toBe('Dialogue informel');
    expect(fr.topic).toBe('Les normes');
    expect(fr.guidingQuestions[0]?.text).toBe(`${q1!.text} (en anglais)`);
    expect(eventIn(parsed.value, translatorFor('es')).guidingQuestions[0]?.text).toBe(
      '¿Qué normas?',
    );
    expect(eventIn(parsed.value, translatorFor('en'))).toBe(parsed.value);
    expect(eventIn(parsed.value, translatorFor('qps-ploc')).title).toMatch(
      /^\[Informal dialogue \(íñ English\)/,
    );
  });

  it('when the seed event is read in Arabic, then its English texts are marked and isolated', () => {
    const parsed = parse(dialogue);
    if (!parsed.ok) throw new Error('valid');
    // Its only texts in other languages are the questions' short titles.
    expect(
      Object.values(parsed.value.translations ?? {}).map((texts) => Object.keys(texts)),
    ).toEqual(Array(5).fill(['guidingQuestionShortTitles']));
    const ar = eventIn(parsed.value, translatorFor('ar'));
    expect(ar.title).toBe(`\u2068${dialogue.title}\u2069 (باللغة \u2068الإنجليزية\u2069)`);
  });

  it('when a question has a short title per language, then each reader gets theirs, else none', () => {
    const shortTitled = {
      ...dialogue,
      guidingQuestions: [
        { id: 'q1', text: q1!.text, shortTitle: { en: 'Additional norms', zh: '补充规范' } },
        { id: 'q2', text: q2!.text },
      ],
    };
    const parsed = parse(shortTitled);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.guidingQuestions.map((q) => q.shortTitle)).toEqual([
      'Additional norms',
      undefined,
    ]);
    const [zh1, zh2] = eventIn(parsed.value, translatorFor('zh')).guidingQuestions;
    expect(zh1?.shortTitle).toBe('补充规范');
    expect(zh2).not.toHaveProperty('shortTitle');
    // Not given in French: the tab then names it "Question 1" in French, not in English.
    expect(eventIn(parsed.value, translatorFor('fr')).guidingQuestions[0]).not.toHaveProperty(
      'shortTitle',
    );
  });

  it('when a short title is too long or lacks the event language, then the field is named', () => {
    const fields = (shortTitle: unknown) => {
      const r = parse({ ...dialogue, guidingQuestions: [{ id: 'q1', text: 'What?', shortTitle }] });
      return r.ok ? [] : r.errors.map((e) => e.field);
    };
    expect(fields('x'.repeat(81))).toEqual(['guidingQuestions.0.shortTitle']);
    expect(fields({ fr: 'Normes' })).toEqual(['guidingQuestions.0.shortTitle.en']);
    expect(fields('Norms')).toEqual([]);
  });

  it('when a map lacks the event language or names an unknown one, then the field is named', () => {
    const fields = (input: unknown) => {
      const r = parse(input);
      return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`);
    };
    expect(fields({ ...dialogue, language: 'fr', title: { en: 'Only English' } })).toEqual([
      'title.fr:field.required',
    ]);
    expect(fields({ ...dialogue, title: { en: 'x', xx: 'y' } })).toHaveLength(1);
    expect(fields({ ...dialogue, title: { en: 'x'.repeat(301) } })).toEqual([
      'title.en:field.tooLong',
    ]);
    expect(fields({ ...dialogue, language: 'de' })).toEqual(['language:field.invalidChoice']);
  });
});
