import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../bot/platform/logger';
import {
  FileSentJournal,
  SENT_JOURNAL_FILE,
  sentJournalFor,
} from '../../bot/outbox/sent-journal-file';
import { readJournal, type SentEntry } from '../../core/outbox/sent-journal';

const log = createLogger('silent');
const entry = (n: number): SentEntry => ({
  id: `row-${n}`,
  claimToken: `claim-${n}`,
  at: new Date(Date.UTC(2026, 11, 7, 9, 0, 0, n)),
});

describe('The sent journal file of the embedded database', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sent-journal-'));
    file = path.join(dir, SENT_JOURNAL_FILE);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const lines = async () => readJournal(await readFile(file, 'utf8'));

  it('when a message is accepted, then its line is in the file as soon as the call returns', async () => {
    const journal = new FileSentJournal(file, log);
    await journal.replay(async () => true);
    journal.accepted(entry(1));
    expect(await lines()).toEqual([entry(1)]);
  });

  it('when a killed process left lines, then the next start marks those still unmarked and empties the file', async () => {
    const before = new FileSentJournal(file, log);
    await before.replay(async () => true);
    before.accepted(entry(1));
    before.accepted(entry(2));

    const asked: SentEntry[] = [];
    const after = new FileSentJournal(file, log);
    // Row 1's mark had been saved before the kill: only row 2 is still to mark.
    const marked = await after.replay(async (e) => asked.push(e) > 0 && e.id === 'row-2');
    expect(asked).toEqual([entry(1), entry(2)]);
    expect(marked).toBe(1);
    expect(await lines()).toEqual([]);
  });

  it('when there is no file yet, then the start marks nothing', async () => {
    const journal = new FileSentJournal(file, log);
    expect(await journal.replay(async () => true)).toBe(0);
  });

  it('when every mark is saved, then the file is emptied rather than growing', async () => {
    const journal = new FileSentJournal(file, log);
    await journal.replay(async () => true);
    for (let n = 0; n < 200; n++) {
      journal.accepted(entry(n));
      journal.settled(entry(n).id);
    }
    expect((await lines()).length).toBeLessThan(64);
  });

  it('when one mark stays unsaved under a steady load, then the file keeps it and sheds the rest', async () => {
    const journal = new FileSentJournal(file, log);
    await journal.replay(async () => true);
    journal.accepted(entry(0));
    for (let n = 1; n <= 5000; n++) {
      journal.accepted(entry(n));
      journal.settled(entry(n).id);
    }
    const kept = await lines();
    expect(kept.length).toBeLessThan(4096);
    expect(kept[0]).toEqual(entry(0));
  });

  it('when the database is PostgreSQL or in memory, then there is no journal', () => {
    expect(sentJournalFor(undefined, log)).toBeUndefined();
    expect(sentJournalFor('memory://', log)).toBeUndefined();
    expect(sentJournalFor(dir, log)).toBeInstanceOf(FileSentJournal);
  });
});
