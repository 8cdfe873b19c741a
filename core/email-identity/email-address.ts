/**
 * The rule for an address a web registrant gives: the WHATWG HTML "valid e-mail address"
 * (what every browser's `<input type="email">` accepts), with a dot in the domain as the
 * registration form asks, and RFC 5321's lengths (64 before the @, 254 in all).
 */
const LOCAL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** The address in its one stored form (trimmed, lower case), or undefined when malformed. */
export function parseEmailAddress(input: string): string | undefined {
  const text = input.trim();
  if (text.length === 0 || text.length > 254) return undefined;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at !== text.indexOf('@')) return undefined;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local)) return undefined;
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  return text.toLowerCase();
}
