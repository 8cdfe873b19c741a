import type { DownloadLink, Store } from '../../../bot/stores';
import { aTokenHash, anEvent } from '../store-fixtures';

/** Export links: usable once, and only before they expire. */
export function downloadLinkContract(store: () => Store): void {
  const expiresAt = new Date('2024-02-20T10:05:00.000Z');
  const before = new Date('2024-02-20T10:04:59.999Z');
  const aLink = async (): Promise<DownloadLink> => {
    const event = anEvent();
    await store().events.upsert(event);
    const link: DownloadLink = {
      tokenHash: aTokenHash(),
      eventId: event.id,
      kind: 'registrationsCsv',
      createdBy: 'tenant-1/chair-1',
      expiresAt,
      language: 'ar',
    };
    await store().downloadLinks.create(link);
    return link;
  };

  it('when a link is consumed, then it is returned once and never again', async () => {
    const link = await aLink();
    expect(await store().downloadLinks.consume(link.tokenHash, before)).toStrictEqual(link);
    expect(await store().downloadLinks.consume(link.tokenHash, before)).toBeUndefined();
  });

  it('when a link is consumed at or after its expiry, then it is refused', async () => {
    const link = await aLink();
    expect(await store().downloadLinks.consume(link.tokenHash, expiresAt)).toBeUndefined();
    const later = new Date(expiresAt.getTime() + 60_000);
    expect(await store().downloadLinks.consume(link.tokenHash, later)).toBeUndefined();
  });

  it('when two clicks race, then exactly one gets the link', async () => {
    const link = await aLink();
    const results = await Promise.all([
      store().downloadLinks.consume(link.tokenHash, before),
      store().downloadLinks.consume(link.tokenHash, before),
    ]);
    expect(results.filter((r) => r !== undefined)).toStrictEqual([link]);
  });

  it('when an attendance export link is created, then it is consumed like any other', async () => {
    const link = { ...(await aLink()), tokenHash: aTokenHash(), kind: 'attendanceCsv' as const };
    await store().downloadLinks.create(link);
    expect(await store().downloadLinks.consume(link.tokenHash, before)).toStrictEqual(link);
  });

  it('when a link has a kind no export knows, then the store refuses it', async () => {
    const link = { ...(await aLink()), tokenHash: aTokenHash(), kind: 'everythingCsv' as never };
    await expect(store().downloadLinks.create(link)).rejects.toThrow();
    expect(await store().downloadLinks.consume(link.tokenHash, before)).toBeUndefined();
  });

  it('when a token is unknown, then nothing is returned', async () => {
    expect(await store().downloadLinks.consume(aTokenHash(), before)).toBeUndefined();
  });
}
