/**
 * Human-friendly reference codes such as "REG-7K3M-Q9XD": Crockford base32 (no I, L, O, U),
 * so a code read aloud on a call or typed from an email is hard to get wrong.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Builds a code from 8 random bytes supplied by the caller (core has no randomness). */
export function referenceCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error('referenceCode needs 8 random bytes');
  const chars = Array.from(randomBytes.subarray(0, 8), (b) => ALPHABET[b % 32]);
  return `REG-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}`;
}
