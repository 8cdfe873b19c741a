import { parseRoundtableCommand } from './roundtable-command';

describe('parseRoundtableCommand', () => {
  it('reads an acceptance with level, name and title', () => {
    expect(
      parseRoundtableCommand('accept sg deputy minister Tan Kiat How, Senior Minister of State'),
    ).toEqual({
      kind: 'acceptInvitation',
      stateCode: 'SG',
      level: 'deputyMinister',
      name: 'Tan Kiat How',
      title: 'Senior Minister of State',
    });
  });

  it('leaves registration decisions to their own parser', () => {
    expect(parseRoundtableCommand('decline REG-ABCD-EFGH')).toBeUndefined();
    expect(parseRoundtableCommand('decline all pending')).toBeUndefined();
    expect(parseRoundtableCommand('register')).toBeUndefined();
  });

  it('reads match answers, breakout moves and ranked preferences', () => {
    expect(parseRoundtableCommand('Accept match reg-abcd-efgh~ke')).toEqual({
      kind: 'answerMatch',
      reply: 'accept',
      matchId: 'REG-ABCD-EFGH~KE',
    });
    expect(parseRoundtableCommand('breakout move reg-abcd-efgh breakout-cbms force')).toEqual({
      kind: 'breakoutMove',
      referenceCode: 'REG-ABCD-EFGH',
      groupId: 'breakout-cbms',
      force: true,
    });
    expect(parseRoundtableCommand('breakout breakout-norms, breakout-cbms')).toEqual({
      kind: 'breakoutPreferences',
      groupIds: ['breakout-norms', 'breakout-cbms'],
    });
  });

  it('answers a known command word with bad arguments with its usage', () => {
    expect(parseRoundtableCommand('breakout move somebody')).toEqual({ kind: 'usage' });
    expect(parseRoundtableCommand('matchmaking now')).toEqual({ kind: 'usage' });
  });

  it('leaves "breakout aaa…a#" (the probe that froze the service) to the other parsers', () => {
    expect(parseRoundtableCommand('breakout aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa#')).toBeUndefined();
    expect(parseRoundtableCommand(`breakout ${'a'.repeat(4000)}#`)).toBeUndefined();
  });

  it('reads a long list of breakout preferences, separated by commas or spaces', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `group-${i}`);
    expect(parseRoundtableCommand(`breakout ${ids.join(', ')}`)).toEqual({
      kind: 'breakoutPreferences',
      groupIds: ids,
    });
  });

  it('reads commands whatever their case and trailing punctuation', () => {
    expect(parseRoundtableCommand("What's next?!")).toEqual({ kind: 'whatsNext' });
    expect(parseRoundtableCommand('DECLINE sg Travel.')).toEqual({
      kind: 'declineInvitation',
      stateCode: 'SG',
      reason: 'Travel',
    });
    expect(parseRoundtableCommand('remarks ke;')).toEqual({
      kind: 'requestRemarks',
      stateCode: 'KE',
    });
    expect(parseRoundtableCommand('breakout move reg-abcd-efgh g1 later')).toEqual({
      kind: 'usage',
    });
  });
});
