import { referenceCode } from './reference-code';

describe('referenceCode', () => {
  it('formats 8 bytes as REG-XXXX-XXXX without ambiguous letters', () => {
    const code = referenceCode(new Uint8Array([0, 1, 8, 18, 21, 27, 31, 255]));
    expect(code).toBe('REG-018J-NVZZ');
    expect(code).not.toMatch(/[ILOU]/);
  });
});
