import { randomUUID } from 'node:crypto';
import { issuedCode } from '../../core/email-identity/verification-code';
import { aPerson, anEvent } from './store-fixtures';
import { useStore } from './contract/use-store';
import { TEST_DATABASE_URL, pgliteTarget, postgresTarget } from './store-targets';

const targets = TEST_DATABASE_URL
  ? [pgliteTarget, postgresTarget(TEST_DATABASE_URL)]
  : [pgliteTarget];

const T0 = new Date('2024-02-20T15:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** The email step's state (migration 047), the same on PGlite and PostgreSQL. */
describe.each(targets)('Email identity store on $name', (target) => {
  const store = useStore(target);
  const key = () => `directline:${randomUUID()}`;

  it('keeps one pending code per conversation, the latest replacing the one before', async () => {
    const conversation = key();
    await store().emailIdentity.saveCode(
      conversation,
      issuedCode('a@example.org', 'h1', T0),
      conversation,
      T0,
    );
    await store().emailIdentity.saveCode(
      conversation,
      issuedCode('b@example.org', 'h2', at(2)),
      conversation,
      at(2),
    );
    expect(await store().emailIdentity.pendingCode(conversation)).toEqual({
      email: 'b@example.org',
      codeHash: 'h2',
      expiresAt: at(12),
      tries: 0,
    });
  });

  it('counts a wrong try only against the tries it was based on', async () => {
    const conversation = key();
    await store().emailIdentity.saveCode(
      conversation,
      issuedCode('c@example.org', 'h', T0),
      conversation,
      T0,
    );
    expect(await store().emailIdentity.countWrongTry(conversation, 0)).toBe(true);
    expect(await store().emailIdentity.countWrongTry(conversation, 0)).toBe(false);
    expect((await store().emailIdentity.pendingCode(conversation))?.tries).toBe(1);
  });

  it('when an address is locked, then its pending codes everywhere are gone', async () => {
    const [one, two] = [key(), key()];
    for (const conversation of [one, two])
      await store().emailIdentity.saveCode(
        conversation,
        issuedCode('d@example.org', 'h', T0),
        conversation,
        T0,
      );
    await store().emailIdentity.lock('d@example.org', at(15));
    expect(await store().emailIdentity.pendingCode(one)).toBeUndefined();
    expect(await store().emailIdentity.pendingCode(two)).toBeUndefined();
    expect(await store().emailIdentity.lockedUntil('d@example.org')).toEqual(at(15));
    expect(await store().emailIdentity.lockedUntil('e@example.org')).toBeUndefined();
  });

  it('lists the codes sent since an instant, to the address and from the client', async () => {
    const [client, other] = [key(), key()];
    await store().emailIdentity.saveCode(client, issuedCode('f@example.org', 'h', T0), client, T0);
    await store().emailIdentity.saveCode(
      other,
      issuedCode('f@example.org', 'h', at(1)),
      other,
      at(1),
    );
    await store().emailIdentity.saveCode(
      client,
      issuedCode('g@example.org', 'h', at(2)),
      client,
      at(2),
    );
    expect(await store().emailIdentity.sendsSince('f@example.org', client, at(0.5))).toEqual({
      address: [at(1)],
      client: [at(2)],
    });
  });

  it('when a conversation is verified, then its code is gone and the address is kept', async () => {
    const conversation = key();
    await store().emailIdentity.saveCode(
      conversation,
      issuedCode('h@example.org', 'h', T0),
      conversation,
      T0,
    );
    await store().emailIdentity.verify(conversation, 'h@example.org', at(1));
    expect(await store().emailIdentity.pendingCode(conversation)).toBeUndefined();
    expect(await store().emailIdentity.verification(conversation)).toEqual({
      email: 'h@example.org',
      verifiedAt: at(1),
    });
  });

  it('finds the latest Teams registration made with an address, never one made by a verified address', async () => {
    const { id: event } = anEvent();
    await store().events.upsert(anEvent({ id: event }));
    const teams = aPerson(event, { email: 'k@example.org', updatedAt: at(1) });
    const byAddress = aPerson(event, {
      tenantId: 'email',
      email: 'k@example.org',
      updatedAt: at(2),
    });
    await store().registrations.create(teams);
    await store().registrations.create(byAddress);
    expect(await store().registrations.identityByEmail('k@example.org', 'email')).toEqual({
      tenantId: teams.tenantId,
      aadObjectId: teams.aadObjectId,
    });
    expect(
      await store().registrations.identityByEmail('nobody@example.org', 'email'),
    ).toBeUndefined();
  });

  it('keeps one awaited action per conversation, the latest replacing the one before, taken once', async () => {
    const conversation = key();
    const { emailIdentity } = store();
    await emailIdentity.awaitAction(conversation, { verb: 'registration.open', eventId: 'a' }, T0);
    await emailIdentity.awaitAction(conversation, { verb: 'registration.open', eventId: 'b' }, T0);
    expect(await emailIdentity.takeAwaitedAction(key())).toBeUndefined();
    expect(await emailIdentity.takeAwaitedAction(conversation)).toEqual({
      verb: 'registration.open',
      eventId: 'b',
    });
    expect(await emailIdentity.takeAwaitedAction(conversation)).toBeUndefined();
  });
});
