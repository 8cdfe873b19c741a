import { BlockList, isIP } from 'node:net';
import type { Request } from 'restify';

/**
 * The proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES): addresses and CIDR ranges.
 * Empty: the header is ignored and the socket's peer is the client.
 */
export class TrustedProxies {
  private readonly list = new BlockList();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address, bits] = entry.split('/') as [string, string | undefined];
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.list.addAddress(address, type);
      else this.list.addSubnet(address, Number(bits), type);
    }
  }

  /** Whether `address` (IPv4, IPv6 or IPv4-mapped IPv6) is one of the trusted proxies. */
  trusts(address: string): boolean {
    const bare = address.replace(/^::ffff:(?=\d+\.)/i, '');
    const type = isIP(bare);
    return type !== 0 && this.list.check(bare, type === 6 ? 'ipv6' : 'ipv4');
  }

  /**
   * The caller's address: the socket's peer, or, while that peer is a trusted proxy, the hop
   * it says it forwarded for (X-Forwarded-For read from the right; Azure App Service adds the
   * client there as `address:port`). A client cannot forge hops a trusted proxy appended.
   */
  clientOf(req: Request): string {
    let client = req.socket.remoteAddress ?? 'unknown';
    const hops = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map(withoutPort)
      .filter((hop) => hop !== '');
    while (this.trusts(client) && hops.length > 0) client = hops.pop()!;
    return client;
  }
}

/** `203.0.113.7:52345` -> `203.0.113.7`, `[2001:db8::1]:443` -> `2001:db8::1`. */
function withoutPort(hop: string): string {
  const trimmed = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  if (bracketed) return bracketed[1]!;
  return /^[\d.]+:\d+$/.test(trimmed) ? trimmed.slice(0, trimmed.lastIndexOf(':')) : trimmed;
}

/** Why `entry` is not a proxy address or CIDR range, or undefined when it is one. */
export function proxyEntryProblem(entry: string): string | undefined {
  const [address, bits, extra] = entry.split('/');
  const version = isIP(address ?? '');
  if (version === 0 || extra !== undefined) return `"${entry}" is not an IP address or CIDR range`;
  if (bits === undefined) return undefined;
  const max = version === 4 ? 32 : 128;
  if (!/^\d+$/.test(bits) || Number(bits) > max) {
    return `"${entry}" has a prefix length outside 0-${max}`;
  }
  return undefined;
}
