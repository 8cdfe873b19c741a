import { closeSync, ftruncateSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  journalLine,
  journalUpkeep,
  readJournal,
  type SentEntry,
} from '../../core/outbox/sent-journal';
import type { Logger } from '../platform/logger';
import { IN_MEMORY } from '../platform/store/pglite-client';

/**
 * Where the worker notes, outside the database, that a message was accepted, before the
 * row's "sent" mark is saved (decision 040). Never throws while the worker delivers: a journal
 * that cannot be written leaves delivery at-least-once, as without it.
 */
export interface SentJournal {
  /**
   * Saves the marks of the entries a killed process left (`mark` says whether a row was still
   * unmarked), then empties the journal. Returns how many rows it marked.
   */
  replay(mark: (entry: SentEntry) => Promise<boolean>): Promise<number>;
  /** The connector accepted this message: noted at once, synchronously. */
  accepted(entry: SentEntry): void;
  /** The row's mark is saved, or its claim was lost: its line is no longer needed. */
  settled(id: string): void;
}

/** The journal's file name inside the embedded database's folder (copied with it in backups). */
export const SENT_JOURNAL_FILE = 'outbox-sent.journal';

/**
 * The sent journal of the embedded database in the folder `dataDir`, where the "sent" mark
 * waits behind one session's queue. None without a folder: PostgreSQL (its marks have
 * connections of their own, SqlClient.priority) or PGlite in memory (nothing outlives it).
 */
export function sentJournalFor(dataDir: string | undefined, log: Logger): SentJournal | undefined {
  if (!dataDir || dataDir.startsWith(IN_MEMORY)) return undefined;
  return new FileSentJournal(path.join(dataDir, SENT_JOURNAL_FILE), log);
}

/**
 * Appends with one write(2) per entry (O_APPEND): once it returns, the line is the operating
 * system's and survives kill -9. No fsync: the database beside it promises nothing past a
 * power cut either (decision 013), and an fsync per message would block the event loop.
 */
export class FileSentJournal implements SentJournal {
  private fd: number | undefined;
  private readonly unsaved = new Map<string, SentEntry>();
  private lines = 0;
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly log: Logger,
  ) {}

  async replay(mark: (entry: SentEntry) => Promise<boolean>): Promise<number> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    let marked = 0;
    for (const entry of readJournal(text)) if (await mark(entry)) marked += 1;
    this.close();
    this.unsaved.clear();
    this.fd = openSync(this.file, 'a');
    ftruncateSync(this.fd, 0);
    this.lines = 0;
    return marked;
  }

  accepted(entry: SentEntry): void {
    this.unsaved.set(entry.id, entry);
    this.write(() => {
      if (this.fd === undefined) throw new Error('the sent journal was not opened (replay first)');
      writeSync(this.fd, journalLine(entry));
      this.lines += 1;
    });
  }

  settled(id: string): void {
    if (!this.unsaved.delete(id)) return;
    const upkeep = journalUpkeep({ lines: this.lines, unsaved: this.unsaved.size });
    if (upkeep.kind === 'empty')
      this.write(() => {
        ftruncateSync(this.fd!, 0);
        this.lines = 0;
      });
    else if (upkeep.kind === 'rewrite') this.write(() => this.rewrite());
  }

  /** Replaces the file by one of the unsaved lines only; the rename makes it all or nothing. */
  private rewrite(): void {
    const next = `${this.file}.next`;
    writeFileSync(next, [...this.unsaved.values()].map(journalLine).join(''));
    renameSync(next, this.file);
    this.close();
    this.fd = openSync(this.file, 'a');
    this.lines = this.unsaved.size;
  }

  private write(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (!this.failed)
        this.log.error(
          { err: error, file: this.file },
          'outbox sent journal not written: after a hard kill, messages may go twice',
        );
      this.failed = true;
    }
  }

  private close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
