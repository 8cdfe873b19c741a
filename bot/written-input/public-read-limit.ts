import type { Request, Response } from 'restify';
import { translate } from '../../core/i18n/catalog';
import { MissLimiter, type MissLimits } from '../../core/access/miss-limiter';
import type { Clock } from '../platform/ports';
import type { TrustedProxies } from '../platform/http/client-address';
import { requestLanguage } from '../platform/http/request-language';

/**
 * A check that counts every anonymous read per client address (the export-link limiter's
 * bookkeeping, each request a "miss") and answers 429 with Retry-After past the limit,
 * before any reading or rendering. It returns true when it refused (the answer is sent).
 */
export function limitPublicReads(limits: MissLimits, clock: Clock, proxies: TrustedProxies) {
  const reads = new MissLimiter(limits);
  return (req: Request, res: Response): boolean => {
    // The client as the export-link guard counts it: behind the front end, its forwarded hop.
    const client = proxies.clientOf(req);
    const now = clock.now().getTime();
    if (reads.blocked(client, now)) {
      const locale = requestLanguage(req);
      res.writeHead(429, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': String(Math.max(1, Math.ceil(reads.retryAfterMs(client, now) / 1000))),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(translate(locale, 'limits.tooManyAttempts'));
      return true;
    }
    reads.miss(client, now);
    return false;
  };
}
