import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Mail, Mailer } from './mail';
import { mimeMessage } from './mime-message';
import { sendingAddress } from './mail-address';

/**
 * Writes each mail as an `.eml` file in a folder: the default with no Graph settings, so a
 * newcomer running `npm start` reads their code and confirmations there (the path is printed).
 */
export class FolderMailer implements Mailer {
  readonly destination: string;
  private count = 0;

  constructor(
    folder: string,
    private readonly now: () => Date,
  ) {
    this.destination = path.resolve(folder);
  }

  async send(mail: Mail): Promise<void> {
    await mkdir(this.destination, { recursive: true });
    const at = this.now();
    const stamp = at.toISOString().replace(/[:.]/g, '-');
    const who = sendingAddress(mail.to).replace(/[^a-z0-9.@_-]/gi, '_');
    const name = `${stamp}-${String(++this.count).padStart(4, '0')}-${randomBytes(3).toString('hex')}-${who}.eml`;
    await writeFile(
      path.join(this.destination, name),
      mimeMessage(mail, 'registration@localhost', at),
      {
        flag: 'wx',
      },
    );
  }
}
