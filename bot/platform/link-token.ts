import { createHash } from 'node:crypto';

/** Hex SHA-256 of a link token: what the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
