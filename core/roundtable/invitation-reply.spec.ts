import { parseInvitationReply } from './invitation-reply';

const errorsOf = (data: unknown) => {
  const result = parseInvitationReply(data);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.key}`);
};

describe('parseInvitationReply', () => {
  it('reads an acceptance, trimming the texts', () => {
    const result = parseInvitationReply({
      reply: 'accept',
      name: '  H.E. Ms. Josephine Teo ',
      title: 'Minister for Digital Development and Information',
      level: 'minister',
    });
    expect(result).toEqual({
      ok: true,
      command: {
        type: 'accept',
        headOfDelegation: {
          name: 'H.E. Ms. Josephine Teo',
          title: 'Minister for Digital Development and Information',
          level: 'minister',
        },
      },
    });
  });

  it('reads a decline with or without a reason', () => {
    expect(parseInvitationReply({ reply: 'decline' })).toEqual({
      ok: true,
      command: { type: 'decline' },
    });
    expect(parseInvitationReply({ reply: 'decline', reason: ' Travel ' })).toEqual({
      ok: true,
      command: { type: 'decline', reason: 'Travel' },
    });
  });

  it('names every missing field of an acceptance', () => {
    expect(errorsOf({ reply: 'accept', name: ' ' })).toEqual([
      'name:field.required',
      'title:field.required',
      'level:field.required',
    ]);
  });

  it('refuses an unknown level, a mistyped or oversized field, and an unknown reply', () => {
    expect(errorsOf({ reply: 'accept', name: 42, title: 'x'.repeat(201), level: 'king' })).toEqual([
      'name:field.invalidType',
      'title:field.tooLong',
      'level:field.invalidChoice',
    ]);
    expect(errorsOf({ reply: 'maybe' })).toEqual(['reply:field.invalidChoice']);
    expect(errorsOf(null)).toEqual(['reply:field.required']);
    expect(errorsOf({ reply: 'decline', reason: ['no'] })).toEqual(['reason:field.invalidType']);
  });
});
