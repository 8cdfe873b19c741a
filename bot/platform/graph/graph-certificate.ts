import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GraphCertificate } from './graph-client';

/**
 * Reads the app certificate PEM (private key plus certificate, as exported for Entra ID) and
 * derives the SHA-256 thumbprint MSAL sends. Throws naming the file when a part is missing.
 */
export function loadGraphCertificate(path: string): GraphCertificate {
  const pem = readFileSync(path, 'utf8');
  const privateKey = pem.match(
    /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/,
  )?.[0];
  const certificate = pem.match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/,
  )?.[0];
  if (!privateKey || !certificate) {
    throw new Error(
      `GRAPH_CLIENT_CERTIFICATE_PATH: ${path} must hold a PEM private key and certificate`,
    );
  }
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, '');
  return { privateKey, thumbprintSha256, x5c: certificate };
}
