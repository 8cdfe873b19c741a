import { MAX_DECISION_IDS, parseDecisionRequest, parseRetryRequest } from './decision-request';

const ID = '5d7c3f1e-0000-4000-8000-00000000000a';

describe('parseDecisionRequest', () => {
  it('accepts a decision on a list of ids or on everyone pending', () => {
    expect(parseDecisionRequest({ decision: 'decline', registrationIds: [ID] })).toEqual({
      ok: true,
      value: { action: 'decline', registrationIds: [ID] },
    });
    expect(parseDecisionRequest({ decision: 'confirm', registrationIds: 'allPending' })).toEqual({
      ok: true,
      value: { action: 'confirm', registrationIds: 'allPending' },
    });
  });

  it.each([
    [{ decision: 'approve', registrationIds: [ID] }, 'outbox.api.badDecision'],
    [null, 'outbox.api.badDecision'],
    [{ decision: 'confirm', registrationIds: ID }, 'outbox.api.badIds'],
    [{ decision: 'confirm', registrationIds: [] }, 'outbox.api.badIds'],
    [{ decision: 'confirm', registrationIds: ['REG-1'] }, 'outbox.api.badIds'],
    [
      { decision: 'confirm', registrationIds: Array(MAX_DECISION_IDS + 1).fill(ID) },
      'outbox.api.tooManyIds',
    ],
  ])('refuses %j with %s', (body, key) => {
    const parsed = parseDecisionRequest(body);
    expect(parsed.ok ? undefined : parsed.problem.key).toBe(key);
  });
});

describe('parseRetryRequest', () => {
  it('reads absent ids as every failed message, and refuses ids that are not a list', () => {
    expect(parseRetryRequest({})).toEqual({ ok: true, value: undefined });
    expect(parseRetryRequest({ ids: [ID] })).toEqual({ ok: true, value: [ID] });
    const parsed = parseRetryRequest({ ids: 'all' });
    expect(parsed.ok ? undefined : parsed.problem.key).toBe('outbox.api.badRetryIds');
  });
});
