import { listText } from './list-text';

describe('listText', () => {
  it('joins a list as each language joins one, not with an English comma everywhere', () => {
    const items = ['A', 'B', 'C'];
    expect(listText(items, 'en')).toBe('A, B, and C');
    expect(listText(items, 'fr')).toBe('A, B et C');
    expect(listText(items, 'zh')).toBe('A、B和C');
    expect(listText(items, 'ar')).toBe('A وB وC');
    expect(listText(items, 'ru')).toBe('A, B и C');
  });

  it('when the reader must pick one, then it offers them with "or"', () => {
    expect(listText(['e1', 'e2'], 'es', 'or')).toBe('e1 o e2');
    expect(listText(['e1', 'e2'], 'zh', 'or')).toBe('e1或e2');
  });

  it('reads a regional or malformed locale as its UN language, else English', () => {
    expect(listText(['A', 'B'], 'fr-CA')).toBe('A et B');
    expect(listText(['A', 'B'], 'not a locale!')).toBe('A and B');
    expect(listText(['A'], 'ar')).toBe('A');
  });
});
