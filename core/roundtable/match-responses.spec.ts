import { awaitsAnswerFrom, respondToMatch, proposeMatch } from './match-responses';
import type { Match, MatchSide } from './matchmaking';

const NOW = new Date('2024-05-10T17:05:00Z');
const proposed = (): Match =>
  proposeMatch(
    {
      id: 'p~ke',
      providerId: 'p',
      stateId: 'ke',
      sharedThematicAreaIds: ['threats'],
      regionMatch: false,
      score: 2,
    },
    new Date('2024-05-01T00:00:00Z'),
  );
const run = (steps: Array<[MatchSide, 'accept' | 'decline']>) =>
  steps.reduce<{ match: Match; refused?: string }>(
    (state, [side, reply]) => {
      if (state.refused) return state;
      const result = respondToMatch(state.match, side, reply, NOW);
      return result.ok ? { match: result.next } : { ...state, refused: result.key };
    },
    { match: proposed() },
  );

describe('respondToMatch', () => {
  it('matches once both sides accept, in either order', () => {
    expect(run([['provider', 'accept']]).match.status).toBe('acceptedByProvider');
    expect(run([['state', 'accept']]).match.status).toBe('acceptedByState');
    expect(
      run([
        ['provider', 'accept'],
        ['state', 'accept'],
      ]).match.status,
    ).toBe('matched');
    expect(
      run([
        ['state', 'accept'],
        ['provider', 'accept'],
      ]).match,
    ).toMatchObject({
      status: 'matched',
      updatedAt: NOW,
    });
  });

  it('refuses the same side accepting twice', () => {
    expect(
      run([
        ['provider', 'accept'],
        ['provider', 'accept'],
      ]).refused,
    ).toBe('roundtable.matchmaking.alreadyAccepted');
    expect(
      run([
        ['state', 'accept'],
        ['provider', 'accept'],
        ['state', 'accept'],
      ]).refused,
    ).toBe('roundtable.matchmaking.alreadyAccepted');
  });

  it('lets either side decline, even once matched, and then refuses any answer', () => {
    expect(run([['state', 'decline']]).match).toMatchObject({
      status: 'declined',
      declinedBy: 'state',
    });
    const cancelled = run([
      ['provider', 'accept'],
      ['state', 'accept'],
      ['provider', 'decline'],
    ]);
    expect(cancelled.match).toMatchObject({ status: 'declined', declinedBy: 'provider' });
    expect(
      run([
        ['state', 'decline'],
        ['provider', 'accept'],
      ]).refused,
    ).toBe('roundtable.matchmaking.alreadyDeclined');
  });
});

describe('awaitsAnswerFrom', () => {
  it('asks each side until it has answered, and nobody once matched or declined', () => {
    expect(awaitsAnswerFrom(proposed(), 'provider')).toBe(true);
    const byProvider = run([['provider', 'accept']]).match;
    expect(awaitsAnswerFrom(byProvider, 'provider')).toBe(false);
    expect(awaitsAnswerFrom(byProvider, 'state')).toBe(true);
    const matched = run([
      ['provider', 'accept'],
      ['state', 'accept'],
    ]).match;
    expect(awaitsAnswerFrom(matched, 'state')).toBe(false);
    expect(awaitsAnswerFrom(run([['state', 'decline']]).match, 'provider')).toBe(false);
  });
});
