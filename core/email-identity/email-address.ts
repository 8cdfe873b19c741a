/**
 * The rule for an address a web registrant gives: the WHATWG HTML "valid e-mail address"
 * (what every browser's `<input type="email">` accepts), with a dot in the domain as the
 * registration form asks, and RFC 5321's lengths (64 before the @, 254 in all, the domain
 * counted in its ASCII form). The domain may be internationalised (müller.de, 例え.jp); the
 * part before the @ stays ASCII: an address needing SMTPUTF8 end to end is refused, since
 * nothing assures that the sending mailbox and every server on the way accept one.
 */
const LOCAL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
/** Characters a URL host treats as syntax or decodes: never part of a mail domain. */
const NOT_IN_DOMAIN = /[\s/\\?#@:[\]%<>^|]/;

/**
 * The address in its one stored form (trimmed, lower case, the domain in Unicode when it is
 * internationalised), or undefined when malformed.
 */
export function parseEmailAddress(input: string): string | undefined {
  const text = input.trim().normalize('NFC');
  if (text.length === 0) return undefined;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at !== text.indexOf('@')) return undefined;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL.test(local)) return undefined;
  const ascii = asciiDomain(domain);
  if (!ascii || local.length + 1 + ascii.length > 254) return undefined;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  // A domain that maps to plain ASCII (full-width letters, capitals) is kept as that ASCII.
  const stored = labels.some((label) => label.startsWith('xn--')) ? domain : ascii;
  return `${local.toLowerCase()}@${stored}`;
}

/**
 * The domain in ASCII (IDNA, Punycode labels), by the WHATWG URL host parser every runtime
 * has (the algorithm of node's `url.domainToASCII`); undefined when it is not a valid one.
 */
export function asciiDomain(domain: string): string | undefined {
  if (domain.length === 0 || domain.length > 253 * 4 || NOT_IN_DOMAIN.test(domain))
    return undefined;
  try {
    const host = new URL(`http://${domain}/`).hostname;
    return host.length > 0 && host.length <= 253 ? host : undefined;
  } catch {
    return undefined;
  }
}
