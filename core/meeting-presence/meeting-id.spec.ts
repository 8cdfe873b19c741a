import { isMeetingId } from './meeting-id';

describe('isMeetingId', () => {
  it('accepts meeting ids as Teams gives them', () => {
    expect(
      isMeetingId(
        'MCMxOTptZWV0aW5nX05EQm1OVEUwTmpJdE1qazVZaTAwWWpObExUZzNaV1F0WVdReE56RTNORGxtTVRnMkB0aHJlYWQudjIjMA==',
      ),
    ).toBe(true);
  });

  it('refuses what cannot be one: empty, too long, spaces, markup, other types', () => {
    for (const value of ['', 'M'.repeat(401), 'a b', '<script>', undefined, 42, { id: 'x' }]) {
      expect({ value, ok: isMeetingId(value) }).toEqual({ value, ok: false });
    }
  });
});
