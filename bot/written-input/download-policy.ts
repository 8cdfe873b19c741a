import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where Teams file attachments may be fetched from. Production uses `strictDownloadPolicy()`;
 * tests build their own policy explicitly (a resolver that maps a SharePoint name to the
 * loopback file host), so nothing in production reads a flag that could weaken it.
 */
export interface DownloadPolicy {
  /** URL schemes allowed on every hop, e.g. `['https:']`. */
  protocols: readonly string[];
  /** Whether a host name (lower case, no port) is one Teams serves attachments from. */
  hostAllowed(hostname: string): boolean;
  /** Whether a resolved address may be connected to. */
  addressAllowed(address: string): boolean;
  /** Resolves a host name to every address it has (DNS in production). */
  resolve(hostname: string): Promise<string[]>;
  /** Redirects followed at most, each checked like the first URL. */
  maxRedirects: number;
  /** The whole download, from the first connection to the last byte. */
  timeoutMs: number;
}

/** Domains under which Teams hands out attachment download URLs (SharePoint and OneDrive). */
export const TEAMS_FILE_DOMAINS = [
  'sharepoint.com',
  'sharepoint-df.com',
  '1drv.com',
  '1drv.ms',
  'onedrive.com',
  'onedrive.live.com',
] as const;

/** Whether `hostname` is one of TEAMS_FILE_DOMAINS or a name under one of them. */
export function isTeamsFileHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return TEAMS_FILE_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/**
 * Whether an address is on the public internet: not loopback, private, link-local (the cloud
 * metadata service at 169.254.169.254 among them), shared, documentation or multicast.
 */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Every address DNS gives for `hostname` (a literal address resolves to itself). */
export async function resolveAll(hostname: string): Promise<string[]> {
  if (isIP(hostname)) return [hostname];
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}

/** The production policy: https, SharePoint/OneDrive names, public addresses only. */
export function strictDownloadPolicy(): DownloadPolicy {
  return {
    protocols: ['https:'],
    hostAllowed: isTeamsFileHost,
    addressAllowed: isPublicAddress,
    resolve: resolveAll,
    maxRedirects: 3,
    timeoutMs: 30_000,
  };
}
