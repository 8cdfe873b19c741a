import { randomUUID } from 'node:crypto';
import type { Store } from '../../../bot/store/store';
import { aFileInput, aPerson, aTextInput, anEvent } from '../store-fixtures';

/** Written input: bytes stored as given, listings newest first and without bytes. */
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

  it('when a file input has no bytes, then the database refuses it', async () => {
    const { content: _bytes, ...noBytes } = aFileInput(await registered(), new Date());
    await expect(store().writtenInputs.add(noBytes)).rejects.toThrow();
  });
}
