import type { Registration, RegistrationForm } from './registration';
import { changesIdentity, decideSubmission, decideWithdrawal } from './submission';
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
      { ...form, organization: existing.organization },
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

describe('decideSubmission of an edit to a decided registration', () => {
  const edit = (existing: Registration, changes: Partial<RegistrationForm>) =>
    decideSubmission(
      'open',
      existing,
      { ...formOf(existing), ...changes },
      { mode: 'edit', formId: 'x', baseVersion: existing.version },
      now,
    );

  it.each<[string, Partial<RegistrationForm>]>([
    ['given name', { givenName: 'Someone' }],
    ['family name', { familyName: 'Else' }],
    ['email', { email: 'someone.else@example.org' }],
    ['organization', { organization: 'Another Org' }],
    ['category', { category: 'business' }],
    ['country', { country: 'FR' }],
    ['job title', { jobTitle: 'Minister' }],
    ['group spoken for', { group: { name: 'Another Coalition', members: ['Org A'] } }],
  ])('when a confirmed registrant changes their %s, then it goes back to review', (_n, changes) => {
    const decision = edit(aRegistration({ status: 'confirmed', version: 3 }), changes);
    expect(decision).toMatchObject({
      kind: 'update',
      backToReview: true,
      next: { status: 'pending', version: 4, ...changes },
    });
  });

  it('when a waitlisted registrant changes their organization, then it goes back to review', () => {
    const decision = edit(aRegistration({ status: 'waitlisted' }), { organization: 'X' });
    expect(decision).toMatchObject({ kind: 'update', backToReview: true });
  });

  it('when a confirmed registrant changes speaking, questions or accessibility, then it stays confirmed', () => {
    const existing = aRegistration({ status: 'confirmed', wishesToSpeak: true });
    const decision = edit(existing, {
      wishesToSpeak: false,
      questionIds: ['q2'],
      accessibilityNeeds: 'Captions',
      email: existing.email.toUpperCase(),
    });
    expect(decision).toMatchObject({ kind: 'update', next: { status: 'confirmed' } });
    expect(decision).not.toHaveProperty('backToReview');
  });

  it('when a pending registrant changes their name, then it stays pending with nothing to flag', () => {
    const decision = edit(aRegistration({ status: 'pending' }), { givenName: 'Other' });
    expect(decision).toMatchObject({ kind: 'update', next: { status: 'pending' } });
    expect(decision).not.toHaveProperty('backToReview');
  });
});

describe('changesIdentity', () => {
  it('ignores surrounding spaces and the case of the email', () => {
    const existing = aRegistration();
    const same = { ...formOf(existing), givenName: ` ${existing.givenName} ` };
    expect(changesIdentity(existing, { ...same, email: existing.email.toUpperCase() })).toBe(false);
  });
});

function formOf(registration: Registration): RegistrationForm {
  const {
    id: _i,
    eventId: _e,
    tenantId: _t,
    aadObjectId: _a,
    referenceCode: _r,
    ...rest
  } = registration;
  const { status: _s, version: _v, formId: _f, createdAt: _c, updatedAt: _u, ...form } = rest;
  return form;
}

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
