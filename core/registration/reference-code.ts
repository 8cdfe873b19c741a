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

/**
 * A reference code as a person types it ("reg 7k3m q9xd", "7K3M-Q9XD", "REG-7K3M-Q9XO") in its
 * one written form, reading the letters Crockford base32 leaves out as the digits they look
 * like (I and L as 1, O as 0); undefined when it cannot be a code at all.
 */
export function normalizeReferenceCode(typed: string): string | undefined {
  if (typed.length > 64) return undefined;
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^REG/, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (compact.length !== 8 || [...compact].some((c) => !ALPHABET.includes(c))) return undefined;
  return `REG-${compact.slice(0, 4)}-${compact.slice(4)}`;
}
