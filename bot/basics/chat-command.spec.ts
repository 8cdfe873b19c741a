import { parseChatCommand } from './chat-command';

describe('parseChatCommand', () => {
  it('reads commands whatever the case or trailing punctuation', () => {
    expect(parseChatCommand('Hi!')).toBe('greeting');
    expect(parseChatCommand('REGISTER')).toBe('register');
    expect(parseChatCommand('my registration.;')).toBe('myRegistration');
  });

  it('answers anything else as unknown rather than guessing', () => {
    expect(parseChatCommand('please register me and my colleague')).toBe('unknown');
    expect(parseChatCommand('')).toBe('unknown');
    expect(parseChatCommand('.'.repeat(50_000) + 'x')).toBe('unknown');
  });
});
