import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A mail read back from the `.eml` files the folder mailer writes. */
export interface FolderMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ name: string; contentType: string; content: string }>;
}

/** Every mail in `dir`, oldest first. */
export async function readMailFolder(dir: string): Promise<FolderMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
  return Promise.all(
    files.sort().map(async (file) => parseEml(file, await readFile(path.join(dir, file), 'utf8'))),
  );
}

/** The six-digit code last mailed to `email` (the email step's mail), or an error. */
export async function codeMailedTo(dir: string, email: string): Promise<string> {
  const mails = (await readMailFolder(dir)).filter((m) => m.to === email.toLowerCase());
  const codes = mails.map((m) => /\b(\d{6})\b/.exec(m.text)?.[1]).filter(Boolean);
  const code = codes.at(-1);
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

function parseEml(file: string, raw: string): FolderMail {
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(raw)?.[1] ?? '';
  const subject = header('Subject').replace(/^=\?utf-8\?B\?(.*)\?=$/, (_, b64: string) =>
    Buffer.from(b64, 'base64').toString('utf8'),
  );
  const parts = raw.split(/\r\n--=_[0-9a-f]+(?:--)?\r\n/).slice(1);
  const mail: FolderMail = { file, to: header('To'), subject, text: '', html: '', attachments: [] };
  for (const part of parts) {
    const [head = '', body = ''] = part.split('\r\n\r\n');
    const type = /Content-Type: ([^;\r\n]+)/.exec(head)?.[1] ?? '';
    if (!/Content-Transfer-Encoding: base64/.test(head)) continue;
    const content = Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
    const name = /filename="([^"]+)"/.exec(head)?.[1];
    if (name) mail.attachments.push({ name, contentType: type, content });
    else if (type === 'text/plain') mail.text = content;
    else if (type === 'text/html') mail.html = content;
  }
  return mail;
}
