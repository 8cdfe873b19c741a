import { Writable } from 'node:stream';
import pino from 'pino';
import { createMeetingProvider } from '../../bot/meeting/meeting-provider-factory';
import { seedDialogue } from '../../core/testing/registration-fixtures';
import { attendees, t } from './graph-fixtures';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('OfflineMeetingProvider', () => {
  it('when no Graph credentials are configured, then a labelled local meeting is created and logged', async () => {
    const { logger, lines } = capturingLogger();
    const ids = {
      uuid: () => '0f0e0d0c-0000-4000-8000-000000000001',
      randomBytes: () => new Uint8Array(),
    };
    const provider = createMeetingProvider(undefined, {
      publicUrl: 'http://localhost:3978/',
      ids,
      t,
      logger,
    });

    const record = await provider.createMeeting({
      event: seedDialogue(),
      attendees,
      transactionId: 'tx',
    });

    expect(provider.kind).toBe('offline');
    expect(record).toMatchObject({
      provider: 'offline',
      joinUrl: 'http://localhost:3978/local-meeting/0f0e0d0c-0000-4000-8000-000000000001',
      label: expect.stringContaining('offline'),
      attendees,
    });
    expect(lines.filter((l) => l.offline === true).map((l) => l.msg)).toEqual([
      expect.stringContaining('offline'),
      expect.stringContaining('local-meeting/0f0e0d0c'),
    ]);
    const updated = await provider.updateAttendees(record, []);
    expect(updated.attendees).toEqual([]);
  });
});
