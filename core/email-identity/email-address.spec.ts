import { parseEmailAddress } from './email-address';

describe('parseEmailAddress', () => {
  it('keeps a well-formed address, trimmed and in lower case', () => {
    expect(parseEmailAddress('  Amina.Diallo+un@Example.ORG ')).toBe('amina.diallo+un@example.org');
  });

  it.each([
    ['no at', 'amina.example.org'],
    ['two ats', 'amina@un@example.org'],
    ['nothing before the at', '@example.org'],
    ['no dot in the domain', 'amina@localhost'],
    ['an empty label', 'amina@example..org'],
    ['a label starting with a hyphen', 'amina@-example.org'],
    ['a space', 'amina diallo@example.org'],
    ['markup', '<amina@example.org>'],
    ['a sentence around it', 'my email is amina@example.org'],
    ['a local part over 64', `${'a'.repeat(65)}@example.org`],
    ['an address over 254', `amina@${['a', 'b', 'c', 'd'].map((c) => c.repeat(61)).join('.')}.org`],
    ['nothing', '   '],
  ])('refuses %s', (_, input) => {
    expect(parseEmailAddress(input)).toBeUndefined();
  });
});
