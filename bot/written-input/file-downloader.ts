import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { FileDownloader } from './written-input-service';
import { strictDownloadPolicy, type DownloadPolicy } from './download-policy';

/** Why a download was refused before or while fetching; the message names the reason. */
export class DownloadRefused extends Error {}

interface Target {
  url: URL;
  address: string;
}

/**
 * Downloads Teams file attachments under `policy` (strict by default): every hop, redirects
 * included, must be an allowed scheme and host whose resolved addresses are all allowed, and
 * the connection goes to the address that was checked, so DNS cannot change it in between.
 * The body is read against `maxBytes` whatever Content-Length says, within the timeout.
 */
export function httpFileDownloader(
  policy: DownloadPolicy = strictDownloadPolicy(),
): FileDownloader {
  return {
    async download(url, maxBytes) {
      const signal = AbortSignal.timeout(policy.timeoutMs);
      let next = url;
      for (let hop = 0; hop <= policy.maxRedirects; hop++) {
        const response = await get(await checkedTarget(next, policy), signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.destroy();
          next = new URL(location, next).href;
          continue;
        }
        if (status !== 200) {
          response.destroy();
          throw new DownloadRefused(`download answered HTTP ${status}`);
        }
        return readCapped(response, maxBytes);
      }
      throw new DownloadRefused(`more than ${policy.maxRedirects} redirects`);
    },
  };
}

async function checkedTarget(raw: string, policy: DownloadPolicy): Promise<Target> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DownloadRefused('not a URL');
  }
  if (!policy.protocols.includes(url.protocol)) throw new DownloadRefused(`scheme ${url.protocol}`);
  if (url.username || url.password) throw new DownloadRefused('credentials in the URL');
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!policy.hostAllowed(hostname)) throw new DownloadRefused(`host ${hostname} not allowed`);
  const addresses = await policy.resolve(hostname).catch(() => [] as string[]);
  const [address] = addresses;
  if (!address) throw new DownloadRefused(`host ${hostname} does not resolve`);
  const refused = addresses.find((a) => !policy.addressAllowed(a));
  if (refused) throw new DownloadRefused(`host ${hostname} resolves to ${refused}`);
  return { url, address };
}

function get({ url, address }: Target, signal: AbortSignal): Promise<IncomingMessage> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request({
      method: 'GET',
      host: address,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: { host: url.host },
      // The certificate must match the name, though the socket goes to the checked address.
      ...(isIP(hostname) ? {} : { servername: hostname }),
      signal,
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.end();
  });
}

async function readCapped(
  body: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array | 'tooLarge'> {
  if (Number(body.headers['content-length'] ?? '0') > maxBytes) {
    body.destroy();
    return 'tooLarge';
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      return 'tooLarge';
    }
    chunks.push(chunk);
  }
  if (!body.complete) throw new DownloadRefused('the download ended early');
  return Buffer.concat(chunks);
}
