import { journalLine, journalUpkeep, readJournal, type SentEntry } from './sent-journal';

const entry = (n: number): SentEntry => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  claimToken: `claim-${n}`,
  at: new Date(Date.UTC(2026, 11, 7, 9, 0, n)),
});

describe('readJournal', () => {
  it('when lines were written, then it reads back each entry in order', () => {
    expect(readJournal(journalLine(entry(1)) + journalLine(entry(2)))).toEqual([
      entry(1),
      entry(2),
    ]);
  });

  it('when the kill cut the last line short, then the whole lines before it still count', () => {
    const cut = journalLine(entry(2)).slice(0, 20);
    expect(readJournal(journalLine(entry(1)) + cut)).toEqual([entry(1)]);
  });

  it('when a line is not an entry, then it is skipped', () => {
    const text = [
      '{"id":"a","claimToken":"b","at":"not a date"}',
      '{"id":1,"claimToken":"b","at":"2026-12-07T09:00:00.000Z"}',
      'null',
      '',
      journalLine(entry(3)),
    ].join('\n');
    expect(readJournal(text)).toEqual([entry(3)]);
  });

  it('when the file is empty, then there is nothing to mark', () => {
    expect(readJournal('')).toEqual([]);
  });
});

describe('journalUpkeep', () => {
  const limits = { emptyAfter: 4, rewriteAfter: 10 };

  it('when every mark is saved and a few lines were written, then the file is emptied', () => {
    expect(journalUpkeep({ lines: 4, unsaved: 0 }, limits)).toEqual({ kind: 'empty' });
  });

  it('when marks are still unsaved, then the file keeps its lines until it is long', () => {
    expect(journalUpkeep({ lines: 9, unsaved: 1 }, limits)).toEqual({ kind: 'keep' });
    expect(journalUpkeep({ lines: 10, unsaved: 1 }, limits)).toEqual({ kind: 'rewrite' });
  });

  it('when only a line or two were written, then it is not emptied on every send', () => {
    expect(journalUpkeep({ lines: 3, unsaved: 0 }, limits)).toEqual({ kind: 'keep' });
  });
});
