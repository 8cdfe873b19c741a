/** A compact JWS split into its parts, with header and claims parsed but nothing checked. */
export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown; typ?: unknown };
  claims: Record<string, unknown>;
  signingInput: Buffer;
  signature: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Far above any Entra access token; refuses to parse megabytes of attacker input. */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/** Splits and parses a compact JWT; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  if (token.length > MAX_TOKEN_LENGTH) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return undefined;
  const [header, claims, signature] = parts as [string, string, string];
  const parsedHeader = parseJsonObject(header);
  const parsedClaims = parseJsonObject(claims);
  if (!parsedHeader || !parsedClaims || signature === '') return undefined;
  return {
    header: parsedHeader,
    claims: parsedClaims,
    signingInput: Buffer.from(`${header}.${claims}`, 'ascii'),
    signature: Buffer.from(signature, 'base64url'),
  };
}

function parseJsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
