import type { Request, Response } from 'restify';
import { translate } from '../../../core/i18n/catalog';
import { MissLimiter, type MissLimits } from '../../../core/access/miss-limiter';
import type { Clock } from '../ports';
import { requestLanguage } from './request-language';
import type { TrustedProxies } from './client-address';

/**
 * Slows guessing of a secret link (export CSV, calendar file): a caller's address that has
 * missed too often is answered 429 without the token being looked up at all.
 */
export class GuessGuard {
  private readonly limiter: MissLimiter;

  constructor(
    limits: MissLimits,
    private readonly proxies: TrustedProxies,
    private readonly clock: Clock,
  ) {
    this.limiter = new MissLimiter(limits);
  }

  /** Answers 429 (with Retry-After) and returns true when the caller must not try now. */
  refused(req: Request, res: Response): boolean {
    const client = this.proxies.clientOf(req);
    const now = this.clock.now().getTime();
    if (!this.limiter.blocked(client, now)) return false;
    res.header('Retry-After', String(Math.ceil(this.limiter.retryAfterMs(client, now) / 1000)));
    res.send(429, {
      code: 'limits.tooManyAttempts',
      error: translate(requestLanguage(req), 'limits.tooManyAttempts'),
    });
    return true;
  }

  /** Records a wrong token from the caller. */
  missed(req: Request): void {
    this.limiter.miss(this.proxies.clientOf(req), this.clock.now().getTime());
  }
}
