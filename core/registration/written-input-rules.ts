import { REGISTRATION_LIMITS } from './registration-limits';
import { zipEntryNames } from './zip-entries';

/** Files accepted as written input, and the most a single file may weigh. */
export type StatementFileKind = 'pdf' | 'docx' | 'txt';
export const MAX_STATEMENT_FILE_BYTES = 10 * 1024 * 1024;

export const CONTENT_TYPES: Record<StatementFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
};

export type StatementRefusal =
  | 'statement.refused.fileType'
  | 'statement.refused.tooLarge'
  | 'statement.refused.contentMismatch'
  | 'statement.refused.empty'
  | 'statement.refused.textTooLong'
  | 'statement.refused.controlCharacters'
  | 'statement.refused.fileName';

/** The kind a file claims by its name, before anything is downloaded. */
export function declaredKind(fileName: string): StatementFileKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'pdf' || ext === 'docx' || ext === 'txt' ? ext : undefined;
}

/** Checks a file's name before download; Teams gives name and type, size comes later. */
export function checkFileName(fileName: string): StatementRefusal | StatementFileKind {
  if (fileName.length === 0 || fileName.length > 255 || /[\\/\0]/.test(fileName)) {
    return 'statement.refused.fileName';
  }
  return declaredKind(fileName) ?? 'statement.refused.fileType';
}

/**
 * Checks downloaded bytes against what the name claims, so a renamed executable or an
 * image called ".pdf" is refused: PDF starts with %PDF-, DOCX is a ZIP holding
 * word/document.xml, TXT is UTF-8 text without NUL.
 */
export function checkFileContent(
  kind: StatementFileKind,
  bytes: Uint8Array,
): StatementRefusal | undefined {
  if (bytes.length === 0) return 'statement.refused.empty';
  if (bytes.length > MAX_STATEMENT_FILE_BYTES) return 'statement.refused.tooLarge';
  switch (kind) {
    case 'pdf':
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])
        ? undefined
        : 'statement.refused.contentMismatch';
    case 'docx':
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) &&
        zipEntryNames(bytes)?.includes('word/document.xml')
        ? undefined
        : 'statement.refused.contentMismatch';
    case 'txt':
      return isUtf8Text(bytes) ? undefined : 'statement.refused.contentMismatch';
  }
}

/** Checks a typed statement; returns the trimmed text or why it is refused. */
export function checkStatementText(
  text: unknown,
): { text: string } | { refusal: StatementRefusal } {
  if (typeof text !== 'string' || text.trim() === '') return { refusal: 'statement.refused.empty' };
  const trimmed = text.trim();
  if (trimmed.length > REGISTRATION_LIMITS.statementText)
    return { refusal: 'statement.refused.textTooLong' };
  // PostgreSQL cannot store NUL in text, and no person types control characters.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(trimmed))
    return { refusal: 'statement.refused.controlCharacters' };
  return { text: trimmed };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
