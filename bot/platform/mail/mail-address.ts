import { domainToASCII } from 'node:url';

/**
 * The address as it goes on the wire: the internationalised domain a person typed (and that is
 * stored and shown) in its ASCII form, since Graph and SMTP headers want that form.
 */
export function sendingAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const ascii = domainToASCII(address.slice(at + 1));
  return ascii ? `${address.slice(0, at)}@${ascii}` : address;
}
