import { randomBytes } from 'node:crypto';
import { sendingAddress } from './mail-address';
import type { Mail } from './mail';

/**
 * The mail as an RFC 5322 message (`.eml`): multipart/alternative with the plain text and the
 * HTML, inside multipart/mixed with the attachments; every part base64 so any script is safe.
 * Any mail program opens it.
 */
export function mimeMessage(mail: Mail, from: string, date: Date): string {
  const mixed = boundary();
  const alternative = boundary();
  const base64 = (text: string) => lines76(Buffer.from(text, 'utf8').toString('base64'));
  const part = (type: string, content: string, extra: string[] = []) => [
    `Content-Type: ${type}`,
    'Content-Transfer-Encoding: base64',
    ...extra,
    '',
    base64(content),
  ];
  const lines = [
    `From: ${from}`,
    `To: ${sendingAddress(mail.to)}`,
    `Subject: ${encodedWord(mail.subject)}`,
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    `--${alternative}`,
    ...part('text/plain; charset=utf-8', mail.text),
    `--${alternative}`,
    ...part('text/html; charset=utf-8', mail.html),
    `--${alternative}--`,
    ...(mail.attachments ?? []).flatMap((a) => [
      `--${mixed}`,
      ...part(`${a.contentType}; charset=utf-8; name="${a.name}"`, a.content, [
        `Content-Disposition: attachment; filename="${a.name}"`,
      ]),
    ]),
    `--${mixed}--`,
    '',
  ];
  return lines.join('\r\n');
}

/** Base64 in lines of 76 characters, as RFC 2045 asks. */
function lines76(text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join('\r\n');
}

/** RFC 2047: a header in any script. */
function encodedWord(text: string): string {
  return `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function boundary(): string {
  return `=_${randomBytes(12).toString('hex')}`;
}
