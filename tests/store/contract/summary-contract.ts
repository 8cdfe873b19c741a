import type { AttendanceJob, Store } from '../../../bot/stores';
import { aTokenHash, anEvent } from '../store-fixtures';

/** Attendance jobs (survive restarts: they are rows) and single-use summary links. */
export function summaryContract(store: () => Store): void {
  const ended = new Date('2024-02-28T17:00:00.000Z');
  const first = new Date('2024-02-28T17:05:00.000Z');
  const anEventId = async () => {
    const event = anEvent();
    await store().events.upsert(event);
    return event.id;
  };

  it('when a meeting ends, then its job is due at the first try and its outcome is kept', async () => {
    const eventId = await anEventId();
    await store().summary.schedule(eventId, ended, first, ended);
    expect(await store().summary.due(new Date('2024-02-28T17:04:59Z'), 10)).toEqual([]);
    const [job] = await store().summary.due(first, 10);
    expect(job).toMatchObject({ eventId, state: 'pending', attempts: 0, nextAt: first });
    const stored: AttendanceJob = {
      ...(job as AttendanceJob),
      state: 'stored',
      attempts: 1,
      nextAt: null,
      entries: [{ email: 'a@example.org', entraId: null, name: 'Ａ «é»', seconds: 61 }],
      readAt: first,
    };
    await store().summary.save(stored, first);
    expect(await store().summary.get(eventId)).toEqual(stored);
    expect(await store().summary.due(new Date('2024-03-30T00:00:00Z'), 10)).toEqual([]);
  });

  it('when the end event comes again after the report is stored, then the report is kept', async () => {
    const eventId = await anEventId();
    await store().summary.schedule(eventId, ended, first, ended);
    const job = (await store().summary.get(eventId)) as AttendanceJob;
    await store().summary.save(
      { ...job, state: 'stored', entries: [], readAt: first, nextAt: null },
      first,
    );
    await store().summary.schedule(eventId, new Date('2024-02-28T18:00:00Z'), first, first);
    expect(await store().summary.get(eventId)).toMatchObject({ state: 'stored', endedAt: ended });
  });

  it('when the report is stored and the transcript still awaited, then the job stays due at its next try until it has none', async () => {
    const eventId = await anEventId();
    await store().summary.schedule(eventId, ended, first, ended);
    const job = (await store().summary.get(eventId)) as AttendanceJob;
    const later = new Date('2024-02-28T17:15:00.000Z');
    const waiting: AttendanceJob = {
      ...job,
      state: 'stored',
      attempts: 1,
      nextAt: later,
      entries: [],
      readAt: first,
    };
    await store().summary.save(waiting, first);
    expect(await store().summary.due(new Date('2024-02-28T17:14:59Z'), 10)).toEqual([]);
    expect(await store().summary.due(later, 10)).toEqual([waiting]);
    await store().summary.save({ ...waiting, attempts: 2, nextAt: null }, later);
    expect(await store().summary.due(new Date('2024-03-30T00:00:00Z'), 10)).toEqual([]);
  });

  it('when a summary link is used twice, then the second use is refused', async () => {
    const eventId = await anEventId();
    const link = {
      tokenHash: aTokenHash(),
      eventId,
      createdBy: 'tenant/chair',
      language: 'ar' as const,
      expiresAt: new Date('2024-02-28T17:15:00.000Z'),
    };
    await store().summary.createLink(link);
    expect(await store().summary.consumeLink(link.tokenHash, first)).toEqual(link);
    expect(await store().summary.consumeLink(link.tokenHash, first)).toBeUndefined();
  });

  it('when a transcript is read, then its cues are kept as read and a later reading replaces them', async () => {
    const eventId = await anEventId();
    expect(await store().summary.transcript(eventId)).toBeUndefined();
    const cues = [
      { at: 1_709_136_000_000, end: 1_709_136_004_500, voice: 'Ａ «é»', text: 'شكراً & <merci>' },
      { at: 1_709_136_005_000, end: 1_709_136_006_000, voice: null, text: '谢谢' },
    ];
    await store().summary.saveTranscript(eventId, { kind: 'refused', permission: 'P.Read' }, first);
    expect(await store().summary.transcript(eventId)).toEqual({
      kind: 'refused',
      permission: 'P.Read',
    });
    await store().summary.saveTranscript(eventId, { kind: 'stored', cues }, first);
    expect(await store().summary.transcript(eventId)).toEqual({ kind: 'stored', cues });
    await store().summary.saveTranscript(eventId, { kind: 'none' }, first);
    expect(await store().summary.transcript(eventId)).toEqual({ kind: 'none' });
  });

  it('when the chair hides an excerpt and shows it again, then only the hidden ones are listed', async () => {
    const eventId = await anEventId();
    const turn = { sessionId: 'main', entryId: 'e2' };
    await store().summary.setExcerptHidden(eventId, turn, true, 'tenant/chair', first);
    await store().summary.setExcerptHidden(eventId, turn, true, 'tenant/chair', first);
    await store().summary.setExcerptHidden(eventId, { ...turn, entryId: 'e3' }, true, 'c', first);
    expect([...(await store().summary.hiddenExcerpts(eventId))].sort()).toEqual([
      'main/e2',
      'main/e3',
    ]);
    await store().summary.setExcerptHidden(eventId, turn, false, 'tenant/chair', first);
    expect([...(await store().summary.hiddenExcerpts(eventId))]).toEqual(['main/e3']);
  });
}
