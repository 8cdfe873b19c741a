import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '../../../core/outbox/outbox-message';
import type { Registration } from '../../../core/registration/registration';
import type { Store } from '../../../bot/stores';
import { aPerson, aTokenHash, anEvent } from '../store-fixtures';

const LEASE_MS = 30_000;
const t0 = new Date('2024-02-21T09:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

/** The outbox: deduplicated enqueue, leased claims, fenced outcomes; logistics and links. */
export function outboxContract(store: () => Store): void {
  const aRegistrant = async (): Promise<Registration> => {
    const event = anEvent();
    await store().events.upsert(event);
    const registration = aPerson(event.id);
    await store().registrations.create(registration);
    return registration;
  };
  const aMessage = (r: Registration, overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
    dedupeKey: `status:${r.id}:${randomUUID()}`,
    kind: 'status',
    eventId: r.eventId,
    registrationId: r.id,
    recipient: { tenantId: r.tenantId, aadObjectId: r.aadObjectId },
    notBefore: t0,
    payload: { type: 'message', text: 'Your registration is confirmed — «merci».' },
    ...overrides,
  });
  const claimMine = async (r: Registration, at: Date, lease = LEASE_MS) =>
    (await store().outbox.claim(1000, at, lease)).filter((row) => row.registrationId === r.id);

  it('when the same dedupe key is enqueued twice, then one row exists', async () => {
    const r = await aRegistrant();
    const message = aMessage(r);
    expect(await store().outbox.enqueue([message], t0)).toBe(1);
    expect(await store().outbox.enqueue([message, aMessage(r)], t0)).toBe(1);
    const rows = await store().outbox.list({ eventId: r.eventId });
    expect(rows).toHaveLength(2);
    expect(await store().outbox.knownKeys([message.dedupeKey, 'status:unknown'])).toEqual(
      new Set([message.dedupeKey]),
    );
    expect(rows[0]).toMatchObject({
      dedupeKey: message.dedupeKey,
      status: 'pending',
      attempts: 0,
      payload: message.payload,
      recipient: message.recipient,
    });
  });

  it('when matchmaking notices are enqueued, then the store keeps their kinds', async () => {
    const r = await aRegistrant();
    const kinds = ['matchProposal', 'matchSchedule'] as const;
    const messages = kinds.map((kind) => aMessage(r, { kind, dedupeKey: `${kind}:${r.id}` }));
    expect(await store().outbox.enqueue(messages, t0)).toBe(2);
    const rows = await store().outbox.list({ eventId: r.eventId });
    expect(rows.map((row) => row.kind).sort()).toEqual([...kinds]);
  });

  it('when a speaker is told their place on the list, then the store keeps the kind (decision 029)', async () => {
    const r = await aRegistrant();
    const message = aMessage(r, { kind: 'speakingPlace', dedupeKey: `place:${r.id}:v1` });
    expect(await store().outbox.enqueue([message, message], t0)).toBe(1);
    const rows = await store().outbox.list({ eventId: r.eventId });
    expect(rows.map((row) => row.kind)).toEqual(['speakingPlace']);
  });

  it('when send slots are taken, then each comes one spacing after the last, per tenant', async () => {
    // Ten seconds apart, so that however slow the machine, the order of magnitude is clear.
    const tenant = `tenant-${randomUUID()}`;
    const spacing = 10_000;
    const first = await store().outbox.reserveSendSlot(tenant, spacing, 0);
    const second = await store().outbox.reserveSendSlot(tenant, spacing, 0);
    const third = await store().outbox.reserveSendSlot(tenant, spacing, 0);
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(spacing / 2);
    expect(second).toBeLessThanOrEqual(spacing);
    expect(third).toBeGreaterThan(spacing * 1.5);
    expect(third).toBeLessThanOrEqual(spacing * 2);
    // Another tenant has a pace of its own; a slot asked for later starts no sooner.
    const other = `tenant-${randomUUID()}`;
    expect(await store().outbox.reserveSendSlot(other, spacing, 0)).toBe(0);
    const late = await store().outbox.reserveSendSlot(`tenant-${randomUUID()}`, spacing, 60_000);
    expect(late).toBeGreaterThan(50_000);
    expect(late).toBeLessThanOrEqual(60_000);
  });

  it('when a slot is asked for within a horizon, then it is booked only when that near (a code mail finds the next one)', async () => {
    const slot = `mailbox-${randomUUID()}`;
    const spacing = 10_000;
    const first = await store().outbox.reserveSendSlotWithin(slot, spacing, spacing);
    const second = await store().outbox.reserveSendSlotWithin(slot, spacing, spacing);
    expect(first).toEqual({ booked: true, waitMs: 0 });
    expect(second).toMatchObject({ booked: true });
    // Two slots are booked: the next is 20 s away, past the horizon, so nothing is written...
    const third = await store().outbox.reserveSendSlotWithin(slot, spacing, spacing);
    expect(third).toMatchObject({ booked: false });
    expect(third.booked ? 0 : third.busyMs).toBeGreaterThan(spacing);
    // ...and a mail that may not wait still takes the slot right after those two.
    const urgent = await store().outbox.reserveSendSlot(slot, spacing, 0);
    expect(urgent).toBeGreaterThan(spacing);
    expect(urgent).toBeLessThanOrEqual(spacing * 2);
  });

  it("when the mailbox's daily mails are used up, then no more is counted until the oldest hour is a day old", async () => {
    // An hour of its own, far from every other test's.
    const hour = new Date(Date.UTC(2100, 0, 1 + Math.floor(Math.random() * 3000), 10));
    const at = (ms: number) => new Date(hour.getTime() + ms);
    const { outbox } = store();
    expect(await outbox.countMailboxSend(at(0), 3)).toBeUndefined();
    expect(await outbox.countMailboxSend(at(60_000), 3)).toBeUndefined();
    expect(await outbox.countMailboxSend(at(3_600_000), 3)).toBeUndefined();
    // Three in the last day: the fourth waits for the first hour to leave the window.
    expect(await outbox.countMailboxSend(at(7_200_000), 3)).toEqual(at(86_400_000));
    expect(await outbox.countMailboxSend(at(86_400_000 - 1), 3)).toEqual(at(86_400_000));
    expect(await outbox.countMailboxSend(at(86_400_000), 3)).toBeUndefined();
  });

  it('when a claimed row is put back to wait its turn, then that claim is not counted as an attempt', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [row] = await claimMine(r, t0);
    const outcome = { status: 'pending', nextAttemptAt: later(2000), error: 'busy' } as const;
    expect(await store().outbox.finish(row!, { ...outcome, deferred: true })).toBe(true);
    const [again] = await claimMine(r, later(2000));
    expect(again?.attempts).toBe(1);
    expect(await store().outbox.finish(again!, outcome)).toBe(true);
    expect((await store().outbox.list({ eventId: r.eventId }))[0]?.attempts).toBe(1);
  });

  it('when a row is claimed, then nobody else can claim it until its lease ends', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [first] = await claimMine(r, t0);
    expect(first).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await claimMine(r, later(LEASE_MS - 1))).toEqual([]);
    const [again] = await claimMine(r, later(LEASE_MS));
    expect(again).toMatchObject({ id: first?.id, attempts: 2 });
    expect(again?.claimToken).not.toBe(first?.claimToken);
  });

  it('when a worker lost its lease, then its outcome is refused and the new claim wins', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [stale] = await claimMine(r, t0, 1000);
    const [fresh] = await claimMine(r, later(1000));
    expect(await store().outbox.finish(stale!, { status: 'sent', at: later(1001) })).toBe(false);
    expect(await store().outbox.finish(fresh!, { status: 'sent', at: later(1002) })).toBe(true);
    const [row] = await store().outbox.list({ eventId: r.eventId });
    expect(row).toMatchObject({ status: 'sent', sentAt: later(1002) });
  });

  it('when a row is sent, then it is never claimed again', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [row] = await claimMine(r, t0);
    await store().outbox.finish(row!, { status: 'sent', at: t0 });
    expect(await claimMine(r, later(10 * LEASE_MS))).toEqual([]);
  });

  it('when rows are enqueued and sent, then the depth counts those still to deliver', async () => {
    const r = await aRegistrant();
    const before = await store().outbox.depth();
    await store().outbox.enqueue([aMessage(r), aMessage(r)], t0);
    expect(await store().outbox.depth()).toBe(before + 2);
    const [row] = await claimMine(r, t0);
    expect(await store().outbox.depth()).toBe(before + 2);
    await store().outbox.finish(row!, { status: 'sent', at: t0 });
    expect(await store().outbox.depth()).toBe(before + 1);
  });

  it('when rows wait, are held, refused, put back, scheduled or failed, then the backlog counts each by why', async () => {
    const r = await aRegistrant();
    const reminder = aMessage(r, {
      kind: 'reminder',
      dedupeKey: `reminder:${randomUUID()}`,
      notBefore: later(60_000),
    });
    await store().outbox.enqueue(
      [aMessage(r), aMessage(r), aMessage(r), aMessage(r), reminder],
      t0,
    );
    const [held, refused, putBack, failed] = await claimMine(r, t0);
    const retry = { status: 'pending' as const, nextAttemptAt: later(5000), error: 'HTTP 429' };
    await store().outbox.finish(refused!, retry);
    await store().outbox.finish(putBack!, { ...retry, error: 'mailbox busy', deferred: true });
    await store().outbox.finish(failed!, { status: 'failed', error: 'HTTP 403: Forbidden' });
    await store().outbox.enqueue([aMessage(r)], t0);
    expect(held).toBeDefined();
    // The one never claimed and the one put back wait for the rate limit.
    expect(await store().outbox.backlog(t0, r.eventId)).toEqual({
      waitingForRateLimit: 2,
      heldByWorker: 1,
      retrying: 1,
      later: 1,
      failed: 1,
    });
    const all = await store().outbox.backlog(t0);
    expect(all.heldByWorker).toBeGreaterThanOrEqual(1);
  });

  it('when an attempt is rescheduled, then the row is due again only at its next attempt', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [row] = await claimMine(r, t0);
    const outcome = { status: 'pending' as const, nextAttemptAt: later(5000), error: 'HTTP 429' };
    expect(await store().outbox.finish(row!, outcome)).toBe(true);
    expect(await claimMine(r, later(4999))).toEqual([]);
    const [retry] = await claimMine(r, later(5000));
    expect(retry).toMatchObject({ attempts: 2, lastError: 'HTTP 429' });
  });

  it('when a row fails, then it stays failed with its reason and is not claimed', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [row] = await claimMine(r, t0);
    await store().outbox.finish(row!, { status: 'failed', error: 'HTTP 403: Forbidden' });
    expect(await claimMine(r, later(LEASE_MS * 10))).toEqual([]);
    expect(await store().outbox.list({ eventId: r.eventId, status: 'failed' })).toMatchObject([
      { lastError: 'HTTP 403: Forbidden', attempts: 1 },
    ]);
  });

  it('when an event is tallied, then the store counts it by status and channel without reading every row', async () => {
    const r = await aRegistrant();
    const web = { tenantId: 'email', aadObjectId: `hash-${randomUUID()}` };
    const reminder = (at: Date) =>
      aMessage(r, { kind: 'reminder', dedupeKey: `reminder:${randomUUID()}`, notBefore: at });
    await store().outbox.enqueue(
      [aMessage(r), reminder(t0), reminder(later(3_600_000)), aMessage(r, { recipient: web })],
      t0,
    );
    const claimed = await claimMine(r, t0);
    const status = claimed.find(
      (row) => row.kind === 'status' && row.recipient.tenantId !== 'email',
    );
    const mail = claimed.find((row) => row.recipient.tenantId === 'email');
    await store().outbox.finish(status!, { status: 'failed', error: 'HTTP 403: Forbidden' });
    await store().outbox.finish(mail!, { status: 'sent', at: t0 });
    const tally = await store().outbox.tally(r.eventId, t0);
    expect(tally.byChannel).toEqual({
      teams: { pending: 1, sending: 1, sent: 0, failed: 1, cancelled: 0 },
      email: { pending: 0, sending: 0, sent: 1, failed: 0, cancelled: 0 },
    });
    expect(tally.scheduled).toBe(1);
    expect(tally.failed).toMatchObject([{ id: status!.id, lastError: 'HTTP 403: Forbidden' }]);
    expect((await store().outbox.tally(r.eventId, later(7_200_000))).scheduled).toBe(0);
  });

  it('when failed rows are retried, then only the named failed rows of the event are due again', async () => {
    const r = await aRegistrant();
    const other = await aRegistrant();
    await store().outbox.enqueue([aMessage(r), aMessage(r), aMessage(r), aMessage(other)], t0);
    // One claim takes every due row of the store; keep those of the two registrants.
    const claimed = await store().outbox.claim(1000, t0, LEASE_MS);
    const [first, second, third] = claimed.filter((row) => row.registrationId === r.id);
    const elsewhere = claimed.find((row) => row.registrationId === other.id);
    for (const row of [first, second, elsewhere])
      await store().outbox.finish(row!, { status: 'failed', error: 'HTTP 403: Forbidden' });
    await store().outbox.finish(third!, { status: 'sent', at: t0 });

    const named = await store().outbox.retryFailed(
      r.eventId,
      [first!.id, third!.id, 'x'],
      later(1),
    );
    expect(named.map((row) => row.id)).toEqual([first!.id]);
    expect(named[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: later(1) });
    expect(named[0]?.lastError).toBe('HTTP 403: Forbidden');

    const rest = await store().outbox.retryFailed(r.eventId, undefined, later(2));
    expect(rest.map((row) => row.id)).toEqual([second!.id]);
    expect((await claimMine(r, later(2))).map((row) => row.id).sort()).toEqual(
      [first!.id, second!.id].sort(),
    );
    expect(await store().outbox.list({ eventId: other.eventId, status: 'failed' })).toHaveLength(1);
  });

  it('when the chair stops the sending, then waiting messages are cancelled, later reminders stay', async () => {
    const r = await aRegistrant();
    const other = await aRegistrant();
    await store().outbox.enqueue(
      [
        aMessage(r),
        aMessage(r),
        aMessage(r, { kind: 'reminder', notBefore: later(60_000) }),
        aMessage(other),
      ],
      t0,
    );
    expect(await store().outbox.cancelDue(r.eventId, later(1))).toBe(2);
    const mine = await store().outbox.list({ eventId: r.eventId });
    expect(mine.map((row) => row.status).sort()).toEqual(['cancelled', 'cancelled', 'pending']);
    expect(mine.find((row) => row.status === 'pending')?.kind).toBe('reminder');
    expect(await store().outbox.list({ eventId: other.eventId, status: 'pending' })).toHaveLength(
      1,
    );
    expect(await claimMine(r, later(2))).toEqual([]);
    expect(await store().outbox.cancelDue(r.eventId, later(3))).toBe(0);
  });

  it('when a reminder is not yet due, then it is not claimed', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r, { kind: 'reminder', notBefore: later(60_000) })], t0);
    expect(await claimMine(r, t0)).toEqual([]);
    expect(await claimMine(r, later(60_000))).toHaveLength(1);
  });

  it('when two workers claim at once, then each row goes to exactly one of them', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue(
      Array.from({ length: 20 }, () => aMessage(r)),
      t0,
    );
    const [a, b] = await Promise.all([claimMine(r, t0), claimMine(r, t0)]);
    const ids = [...a, ...b].map((row) => row.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('when a status update conflicts, then its messages are not enqueued', async () => {
    const r = await aRegistrant();
    const next = { ...r, status: 'confirmed' as const, version: r.version + 1 };
    const message = aMessage(r);
    expect(await store().outbox.enqueueWithUpdate(next, [message], t0)).toMatchObject({
      status: 'confirmed',
    });
    const stale = { ...r, status: 'declined' as const, version: r.version + 1 };
    expect(await store().outbox.enqueueWithUpdate(stale, [aMessage(r)], t0)).toBe('conflict');
    expect(await store().outbox.list({ eventId: r.eventId })).toHaveLength(1);
  });

  it('when rows were sent recently, then they are reported for the rate limits', async () => {
    const r = await aRegistrant();
    await store().outbox.enqueue([aMessage(r)], t0);
    const [row] = await claimMine(r, t0);
    await store().outbox.finish(row!, { status: 'sent', at: later(10) });
    const sends = await store().outbox.recentSends(t0);
    expect(sends).toContainEqual({
      tenantId: r.tenantId,
      aadObjectId: r.aadObjectId,
      at: later(10),
    });
  });

  it('when capacity and meeting are saved, then the first meeting is kept on request', async () => {
    const event = anEvent();
    await store().events.upsert(event);
    expect(await store().logistics.get(event.id)).toEqual({ eventId: event.id });
    await store().logistics.setCapacity(event.id, 40, t0);
    const meeting = {
      provider: 'offline' as const,
      eventId: 'm-1',
      joinUrl: 'http://localhost/local-meeting/m-1',
      organizer: 'offline',
      attendees: [{ email: 'a@example.org', name: 'A' }],
    };
    await store().logistics.saveMeeting(event.id, meeting, t0, true);
    const second = { ...meeting, eventId: 'm-2' };
    expect(await store().logistics.saveMeeting(event.id, second, t0, true)).toEqual(meeting);
    expect(await store().logistics.get(event.id)).toEqual({
      eventId: event.id,
      capacity: 40,
      meeting,
    });
    await store().logistics.setCapacity(event.id, undefined, t0);
    expect((await store().logistics.get(event.id)).capacity).toBeUndefined();
  });

  it('when a calendar link is looked up, then it works until it expires', async () => {
    const r = await aRegistrant();
    const link = {
      tokenHash: aTokenHash(),
      registrationId: r.id,
      eventId: r.eventId,
      expiresAt: later(1000),
    };
    await store().calendarLinks.create(link);
    expect(await store().calendarLinks.find(link.tokenHash, t0)).toEqual(link);
    expect(await store().calendarLinks.find(link.tokenHash, t0)).toEqual(link);
    expect(await store().calendarLinks.find(link.tokenHash, later(1000))).toBeUndefined();
  });

  it('when a conversation carries a time zone, then it is kept across saves without one', async () => {
    const person = { tenantId: `tenant-${randomUUID()}`, aadObjectId: randomUUID() };
    const base = {
      ...person,
      conversationId: 'a:1',
      serviceUrl: 'https://smba/',
      reference: {},
      updatedAt: t0,
    };
    await store().conversations.save({ ...base, localTimezone: 'Asia/Tokyo' });
    await store().conversations.save(base);
    expect(
      (await store().conversations.get(person.tenantId, person.aadObjectId))?.localTimezone,
    ).toBe('Asia/Tokyo');
  });
}
