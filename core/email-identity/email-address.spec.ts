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
    ['a non-ASCII part before the at', 'amína@example.org'],
    ['a percent-encoded domain', 'amina@ex%41mple.org'],
    ['an internationalised label that is not valid', 'amina@xn--a.org'],
  ])('refuses %s', (_, input) => {
    expect(parseEmailAddress(input)).toBeUndefined();
  });

  it('keeps an internationalised domain in Unicode, lower case, and a domain that maps to ASCII as ASCII', () => {
    expect(parseEmailAddress('Jonas@Müller.DE')).toBe('jonas@müller.de');
    expect(parseEmailAddress('taro@例え.jp')).toBe('taro@例え.jp');
    expect(parseEmailAddress('amina@ＥＸＡＭＰＬＥ.org')).toBe('amina@example.org');
  });

  it('counts the domain in its ASCII form against the 254 characters', () => {
    const label = 'ü'.repeat(30); // 30 characters, 36 in ASCII (xn--…)
    const domain = `${Array.from({ length: 7 }, () => label).join('.')}.org`;
    expect(`amina@${domain}`.length).toBeLessThan(254);
    expect(parseEmailAddress(`amina@${domain}`)).toBeUndefined();
  });
});
