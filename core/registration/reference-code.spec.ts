import { normalizeReferenceCode, referenceCode } from './reference-code';

describe('referenceCode', () => {
  it('formats 8 bytes as REG-XXXX-XXXX without ambiguous letters', () => {
    const code = referenceCode(new Uint8Array([0, 1, 8, 18, 21, 27, 31, 255]));
    expect(code).toBe('REG-018J-NVZZ');
    expect(code).not.toMatch(/[ILOU]/);
  });
});

describe('normalizeReferenceCode', () => {
  it.each([
    ['REG-018J-NVZZ', 'REG-018J-NVZZ'],
    ['reg 018j nvzz', 'REG-018J-NVZZ'],
    ['018J-NVZZ', 'REG-018J-NVZZ'],
    ['REG-O18J-NVZZ', 'REG-018J-NVZZ'],
    ['REG-L18J-NVZZ', 'REG-118J-NVZZ'],
  ])('reads %s as %s', (typed, code) => {
    expect(normalizeReferenceCode(typed)).toBe(code);
  });

  it.each([[''], ['REG-018J'], ['REG-018J-NVZZU'], ['REG-018U-NVZZ'], ['x'.repeat(100)]])(
    'refuses %s',
    (typed) => {
      expect(normalizeReferenceCode(typed)).toBeUndefined();
    },
  );
});
