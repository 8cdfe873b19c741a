import { parseChatCommand } from './chat-command';

describe('parseChatCommand', () => {
  it('reads commands whatever the case, spacing, mention or trailing punctuation', () => {
    expect(parseChatCommand('Hi!')).toBe('greeting');
    expect(parseChatCommand('  REGISTER ')).toBe('register');
    expect(parseChatCommand('<at>Stakeholder Bot</at> my   registration')).toBe('myRegistration');
    expect(parseChatCommand('<p>export csv</p>')).toBe('export');
  });

  it('answers anything else as unknown rather than guessing', () => {
    expect(parseChatCommand('please register me and my colleague')).toBe('unknown');
    expect(parseChatCommand(undefined)).toBe('unknown');
  });
});
