import { decideSubmission, decideWithdrawal } from './submission';
import { aRegistration } from '../testing/registration-fixtures';

const now = new Date('2024-02-21T09:00:00Z');
const {
  id: _i,
  eventId: _e,
  tenantId: _t,
  aadObjectId: _a,
  referenceCode: _r,
  status: _s,
  version: _v,
  formId: _f,
  createdAt: _c,
  updatedAt: _u,
  ...form
} = aRegistration({ organization: 'New Org' });

describe('decideSubmission', () => {
  it('creates when the window is open and the person has no registration', () => {
    expect(decideSubmission('open', undefined, form, { mode: 'create', formId: 'f' }, now)).toEqual(
      { kind: 'create' },
    );
  });

  it('treats the same card submitted again as a replay, even after the deadline', () => {
    const existing = aRegistration({ formId: 'f' });
    expect(
      decideSubmission('closed', existing, form, { mode: 'create', formId: 'f' }, now),
    ).toEqual({
      kind: 'replay',
      registration: existing,
    });
  });

  it('refuses outside the window and writes nothing', () => {
    expect(
      decideSubmission('closed', undefined, form, { mode: 'create', formId: 'f' }, now),
    ).toEqual({
      kind: 'refuse',
      reason: 'closed',
    });
    expect(
      decideSubmission('notOpen', undefined, form, { mode: 'create', formId: 'f' }, now).kind,
    ).toBe('refuse');
  });

  it('answers "already registered" to a new card from someone who is registered', () => {
    const existing = aRegistration({ formId: 'old' });
    expect(
      decideSubmission('open', existing, form, { mode: 'create', formId: 'new' }, now).kind,
    ).toBe('alreadyRegistered');
  });

  it('lets someone who withdrew register again, keeping the reference code', () => {
    const existing = aRegistration({ status: 'withdrawn', version: 2, formId: 'old' });
    const decision = decideSubmission(
      'open',
      existing,
      form,
      { mode: 'create', formId: 'new' },
      now,
    );
    expect(decision.kind === 'update' && decision.next).toMatchObject({
      status: 'pending',
      version: 3,
      formId: 'new',
      referenceCode: existing.referenceCode,
      organization: 'New Org',
    });
  });

  it('applies an edit based on the current version and refuses a stale one', () => {
    const existing = aRegistration({
      version: 4,
      status: 'confirmed',
      accessibilityNeeds: 'Captions',
    });
    const edit = decideSubmission(
      'open',
      existing,
      form,
      { mode: 'edit', formId: 'x', baseVersion: 4 },
      now,
    );
    expect(edit.kind === 'update' && edit.next).toMatchObject({
      version: 5,
      status: 'confirmed',
      updatedAt: now,
    });
    expect(edit.kind === 'update' && edit.next.accessibilityNeeds).toBeUndefined();
    const stale = decideSubmission(
      'open',
      existing,
      form,
      { mode: 'edit', formId: 'x', baseVersion: 3 },
      now,
    );
    expect(stale.kind).toBe('stale');
  });

  it('reports an edit of a registration that does not exist', () => {
    expect(
      decideSubmission('open', undefined, form, { mode: 'edit', formId: 'x', baseVersion: 1 }, now)
        .kind,
    ).toBe('notFound');
  });
});

describe('decideWithdrawal', () => {
  it('withdraws the current version while the window is open', () => {
    const decision = decideWithdrawal('open', aRegistration({ version: 2 }), 2, now);
    expect(decision.kind === 'withdraw' && decision.next).toMatchObject({
      status: 'withdrawn',
      version: 3,
    });
  });

  it('refuses after the deadline, on a stale card, and answers kindly when already withdrawn', () => {
    expect(decideWithdrawal('closed', aRegistration(), 1, now)).toEqual({
      kind: 'refuse',
      reason: 'closed',
    });
    expect(decideWithdrawal('open', aRegistration({ version: 2 }), 1, now).kind).toBe('stale');
    expect(decideWithdrawal('open', aRegistration({ status: 'withdrawn' }), 1, now).kind).toBe(
      'alreadyWithdrawn',
    );
  });
});
