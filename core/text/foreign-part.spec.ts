import { foreignPart, foreignPartHtml } from './foreign-part';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('foreignPart', () => {
  it('when an English title is quoted in an Arabic sentence, then only the title is marked', () => {
    expect(foreignPart('Open dialogue (بالإنجليزية)', 'Open dialogue', 'en')).toEqual({
      before: '',
      part: 'Open dialogue',
      after: ' (بالإنجليزية)',
      lang: 'en',
      dir: 'ltr',
    });
  });

  it('when a translation is shown instead, then nothing is marked', () => {
    expect(foreignPart('الحوار المفتوح', 'Open dialogue', 'en')).toBeUndefined();
    expect(foreignPartHtml('a < b', undefined, 'en', escape)).toBe('a &lt; b');
  });

  it('when the part is written as HTML, then it is escaped inside its span', () => {
    expect(foreignPartHtml('« R&D » (en anglais)', 'R&D', 'en', escape)).toBe(
      '« <span lang="en" dir="ltr">R&amp;D</span> » (en anglais)',
    );
    expect(foreignPart('x', 'نص', 'ar')?.dir).toBeUndefined();
    expect(foreignPart('قال نص', 'نص', 'ar')?.dir).toBe('rtl');
  });
});
