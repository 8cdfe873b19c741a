import type { Request, Response, Next } from 'restify';
import { translate } from '../../core/i18n/catalog';
import { MissLimiter, type MissLimits } from '../../core/access/miss-limiter';
import type { Clock } from '../ports';
import type { TrustedProxies } from '../http/client-address';
import { requestLanguage } from '../http/request-language';

/**
 * A handler that counts every anonymous read per client address (the export-link limiter's
 * bookkeeping, each request a "miss") and answers 429 with Retry-After past the limit,
 * before any reading or rendering.
 */
export function limitPublicReads(limits: MissLimits, clock: Clock, proxies: TrustedProxies) {
  const reads = new MissLimiter(limits);
  return (req: Request, res: Response, next: Next): void => {
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
      return next(false);
    }
    reads.miss(client, now);
    next();
  };
}
