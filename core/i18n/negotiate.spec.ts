import { acceptedLanguage, negotiateLanguage } from './negotiate';

describe('the language of a request', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['ar-SA,ar;q=0.9', 'ar'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW,zh;q=0.9', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['ru', 'ru'],
    ['es-419,es;q=0.9', 'es'],
    ['pt-BR', 'en'],
    ['pt-BR,pt;q=0.9,de;q=0.8,fr;q=0.7', 'fr'],
    ['en;q=0.5,fr;q=0.8', 'fr'],
    ['fr;q=0,ru', 'ru'],
    ['*', 'en'],
    ['', 'en'],
    ['garbage!!,;;;q=x', 'en'],
    ['ar-', 'en'],
    [`fr,${'x'.repeat(600)}`, 'en'],
    ['qps-ploc', 'qps-ploc'],
  ])('when Accept-Language is %j, then it is %s', (header, language) => {
    expect(acceptedLanguage(header)).toBe(language);
  });

  it("when ?lang= is Teams' {locale} filled (ar-sa) or left as written, then it is Arabic or the header decides", () => {
    const header = 'fr-FR,fr;q=0.9';
    expect(negotiateLanguage({ query: 'ar-sa', acceptLanguage: header })).toBe('ar');
    expect(negotiateLanguage({ query: '{locale}', acceptLanguage: header })).toBe('fr');
  });

  it('when a choice is stored or ?lang= is given, then it outranks the header', () => {
    const header = 'fr-FR,fr;q=0.9';
    expect(negotiateLanguage({ stored: 'ru', query: 'ar', acceptLanguage: header })).toBe('ru');
    expect(negotiateLanguage({ query: 'ar', acceptLanguage: header })).toBe('ar');
    expect(negotiateLanguage({ query: 'xx', acceptLanguage: header })).toBe('en');
    expect(negotiateLanguage({ acceptLanguage: header })).toBe('fr');
    expect(negotiateLanguage({})).toBe('en');
  });
});
