import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GraphCertificate } from './graph-client';

/**
 * Reads the app certificate PEM (private key plus certificate, as exported for Entra ID) and
 * derives the SHA-256 thumbprint MSAL sends. Throws naming the file when a part is missing.
 */
export function loadGraphCertificate(path: string): GraphCertificate {
  const pem = readFileSync(path, 'utf8');
  const privateKey = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY']
    .map((label) => pemBlock(pem, label))
    .find((block) => block !== undefined);
  const certificate = pemBlock(pem, 'CERTIFICATE');
  if (!privateKey || !certificate) {
    throw new Error(
      `GRAPH_CLIENT_CERTIFICATE_PATH: ${path} must hold a PEM private key and certificate`,
    );
  }
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, '');
  return { privateKey, thumbprintSha256, x5c: certificate };
}

/** The first `-----BEGIN label-----` ... `-----END label-----` block (indexOf: no backtracking). */
function pemBlock(pem: string, label: string): string | undefined {
  const begin = pem.indexOf(`-----BEGIN ${label}-----`);
  const endMarker = `-----END ${label}-----`;
  const end = begin < 0 ? -1 : pem.indexOf(endMarker, begin);
  return end < 0 ? undefined : pem.slice(begin, end + endMarker.length);
}
