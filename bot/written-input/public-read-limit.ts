import type { Request, Response, Next } from 'restify';
import { translate } from '../../core/i18n/catalog';
import { MissLimiter, type MissLimits } from '../../core/access/miss-limiter';
import type { Clock } from '../ports';

/**
 * Who a public request counts against: the socket's peer. One function so that the shared
 * derivation from X-Forwarded-For (behind the front end) can replace it in one place.
 */
export function publicClientOf(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * A handler that counts every anonymous read per client address (the export-link limiter's
 * bookkeeping, each request a "miss") and answers 429 with Retry-After past the limit,
 * before any reading or rendering.
 */
export function limitPublicReads(limits: MissLimits, clock: Clock) {
  const reads = new MissLimiter(limits);
  return (req: Request, res: Response, next: Next): void => {
    const client = publicClientOf(req);
    const now = clock.now().getTime();
    if (reads.blocked(client, now)) {
      const locale = String(req.headers['accept-language'] ?? 'en');
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
