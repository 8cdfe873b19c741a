import { randomUUID } from 'node:crypto';
import type { Store } from '../../../bot/stores';
import { dedupeKeys, type OutboxMessage } from '../../../core/outbox/outbox-message';
import type { Registration } from '../../../core/registration/registration';
import { UNREVIEWED } from '../../../core/registration/written-input';
import { aFileInput, aPerson, aTextInput, anEvent } from '../store-fixtures';

/**
 * Written input: bytes stored as given, listings newest first and without bytes; reviews saved
 * with their notices or not at all; nothing public unless published.
 */
export function writtenInputContract(store: () => Store): void {
  const registered = async () => {
    const event = anEvent();
    await store().events.upsert(event);
    const registration = aPerson(event.id);
    await store().registrations.create(registration);
    return registration;
  };

  it('when a file is added, then its bytes come back exactly as a Uint8Array', async () => {
    const file = aFileInput(await registered(), new Date('2024-02-22T10:00:00.001Z'));
    await store().writtenInputs.add(file);
    const content = await store().writtenInputs.content(file.id);
    expect(content).toBeInstanceOf(Uint8Array);
    expect(Array.from(content ?? [])).toEqual(Array.from(file.content ?? [0]));
  });

  it('when inputs are listed, then they come newest first, whole but without bytes', async () => {
    const registration = await registered();
    const older = aFileInput(registration, new Date('2024-02-22T10:00:00.001Z'));
    const newer = aTextInput(registration, new Date('2024-02-22T11:30:00.999Z'));
    await store().writtenInputs.add(older);
    await store().writtenInputs.add(newer);
    const { content: _bytes, ...olderWithoutBytes } = older;
    expect(await store().writtenInputs.listForEvent(registration.eventId)).toStrictEqual([
      newer,
      olderWithoutBytes,
    ]);
  });

  it('when an input has no file or is unknown, then there is no content', async () => {
    const text = aTextInput(await registered(), new Date('2024-02-22T10:00:00Z'));
    await store().writtenInputs.add(text);
    expect(await store().writtenInputs.content(text.id)).toBeUndefined();
    expect(await store().writtenInputs.content(randomUUID())).toBeUndefined();
    expect(await store().writtenInputs.content('../not-an-id')).toBeUndefined();
  });

  const published = (at: string) => ({
    status: 'published' as const,
    reviewedBy: 'chair-oid',
    reviewedAt: new Date(at),
    firstPublishedAt: new Date(at),
  });
  const notice = (registration: Registration, inputId: string): OutboxMessage => ({
    kind: 'inputPublished',
    dedupeKey: dedupeKeys.inputPublished(inputId),
    eventId: registration.eventId,
    registrationId: registration.id,
    recipient: { tenantId: registration.tenantId, aadObjectId: registration.aadObjectId },
    notBefore: new Date('2024-02-29T10:00:00Z'),
    payload: { type: 'message', text: 'published' },
  });

  it('when a statement is published, then its review and its notice are saved together', async () => {
    const registration = await registered();
    const file = aFileInput(registration, new Date('2024-02-22T10:00:00Z'));
    await store().writtenInputs.add(file);
    const next = published('2024-02-29T10:00:00.123Z');
    const saved = await store().writtenInputs.review(
      file.id,
      UNREVIEWED,
      next,
      [notice(registration, file.id)],
      new Date('2024-02-29T10:00:00Z'),
    );
    expect(saved).toBe('saved');
    expect((await store().writtenInputs.get(file.id))?.review).toStrictEqual(next);
    const sent = await store().outbox.list({ eventId: registration.eventId });
    expect(sent.map((m) => m.kind)).toEqual(['inputPublished']);
    const publicFile = await store().writtenInputs.publishedFile(registration.eventId, file.id);
    expect(Array.from(publicFile?.content ?? [])).toEqual(Array.from(file.content ?? [0]));
    expect(
      (await store().writtenInputs.listPublished(registration.eventId)).map((i) => i.id),
    ).toEqual([file.id]);
  });

  it('when a review is based on a review no longer stored, then nothing is written', async () => {
    const registration = await registered();
    const text = aTextInput(registration, new Date('2024-02-22T10:00:00Z'));
    await store().writtenInputs.add(text);
    const first = published('2024-02-29T10:00:00Z');
    await store().writtenInputs.review(text.id, UNREVIEWED, first, [], new Date());
    const stale = await store().writtenInputs.review(
      text.id,
      UNREVIEWED,
      { status: 'withheld', reason: 'Late', reviewedBy: 'other', reviewedAt: new Date() },
      [notice(registration, text.id)],
      new Date(),
    );
    expect(stale).toBe('stale');
    expect((await store().writtenInputs.get(text.id))?.review).toStrictEqual(first);
    expect(await store().outbox.list({ eventId: registration.eventId })).toEqual([]);
    expect(
      await store().writtenInputs.review('not-a-uuid', UNREVIEWED, first, [], new Date()),
    ).toBe('stale');
  });

  it('when statements are unreviewed, withheld or of another event, then none is public', async () => {
    const registration = await registered();
    const other = await registered();
    const unreviewed = aFileInput(registration, new Date('2024-02-22T10:00:00Z'));
    const withheld = aFileInput(registration, new Date('2024-02-22T11:00:00Z'));
    const elsewhere = aFileInput(other, new Date('2024-02-22T12:00:00Z'));
    for (const input of [unreviewed, withheld, elsewhere]) await store().writtenInputs.add(input);
    await store().writtenInputs.review(
      withheld.id,
      UNREVIEWED,
      { status: 'withheld', reason: 'Off topic', reviewedBy: 'c', reviewedAt: new Date() },
      [],
      new Date(),
    );
    await store().writtenInputs.review(
      elsewhere.id,
      UNREVIEWED,
      published('2024-02-29T10:00:00Z'),
      [],
      new Date(),
    );
    expect(await store().writtenInputs.listPublished(registration.eventId)).toEqual([]);
    for (const id of [unreviewed.id, withheld.id, elsewhere.id, randomUUID(), '../x']) {
      expect(await store().writtenInputs.publishedFile(registration.eventId, id)).toBeUndefined();
    }
    expect(await store().writtenInputs.publishedFile(other.eventId, elsewhere.id)).toBeDefined();
  });

  it('when a withholding has no reason, then the database refuses it', async () => {
    const text = aTextInput(await registered(), new Date('2024-02-22T10:00:00Z'));
    await store().writtenInputs.add(text);
    await expect(
      store().writtenInputs.review(
        text.id,
        UNREVIEWED,
        { status: 'withheld', reviewedBy: 'c', reviewedAt: new Date() },
        [],
        new Date(),
      ),
    ).rejects.toThrow();
    expect((await store().writtenInputs.get(text.id))?.review).toStrictEqual(UNREVIEWED);
  });

  it('when a file input has no bytes, then the database refuses it', async () => {
    const { content: _bytes, ...noBytes } = aFileInput(await registered(), new Date());
    await expect(store().writtenInputs.add(noBytes)).rejects.toThrow();
  });
}
