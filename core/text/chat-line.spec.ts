import { plainChatLine, trimEndOf } from './chat-line';

describe('plainChatLine', () => {
  it('removes markup and makes every run of whitespace one space', () => {
    expect(plainChatLine('<p>export\u00a0 csv</p>\n')).toBe('export csv');
    expect(plainChatLine('  my \t registration ')).toBe('my registration');
  });

  it('keeps a "<" that no ">" closes, as text', () => {
    expect(plainChatLine('a < b')).toBe('a < b');
    expect(plainChatLine('<b>x</b> <a<a<a')).toBe('x <a<a<a');
  });

  it('reads 28 KB of "<a" as the text it is', () => {
    const text = '<a'.repeat(14 * 1024);
    expect(plainChatLine(text)).toBe(text);
  });

  it('takes nested tags up to the first ">" that closes them, as browsers do not but the old rule did', () => {
    expect(plainChatLine('<at><at>Bot</at></at> help')).toBe('Bot help');
  });

  it('drops bidi overrides and zero-width characters but keeps joiners, Arabic and emoji', () => {
    expect(plainChatLine('\u202Ehelp\u200B')).toBe('help');
    expect(plainChatLine('اللغة ar')).toBe('اللغة ar');
    expect(plainChatLine('👩\u200D💻 hi')).toBe('👩\u200D💻 hi');
  });

  it('reads 100 KB of spaces as an empty line', () => {
    expect(plainChatLine(' '.repeat(100 * 1024))).toBe('');
  });
});

describe('trimEndOf', () => {
  it('drops only the listed characters at the end', () => {
    expect(trimEndOf('help!.!', '.!')).toBe('help');
    expect(trimEndOf('a.b', '.')).toBe('a.b');
    expect(trimEndOf('...', '.')).toBe('');
  });

  it('reads 100 KB of dots before a letter as they are (the old /[.!]+$/ took 15 s)', () => {
    const text = '.'.repeat(100 * 1024) + 'x';
    expect(trimEndOf(text, '.!')).toBe(text);
  });
});
