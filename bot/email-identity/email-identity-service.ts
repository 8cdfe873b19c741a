import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { parseEmailAddress } from '../../core/email-identity/email-address';
import { CODE_SEND_HORIZON_MS, nextCodeSendAt } from '../../core/email-identity/send-limits';
import {
  checkCode,
  codeOf,
  isLocked,
  issuedCode,
  type PendingCode,
} from '../../core/email-identity/verification-code';
import { EMAIL_TENANT, stillVerified } from '../../core/email-identity/web-identity';
import type { Mailer } from '../platform/mail/mail';
import type { Logger } from '../platform/logger';
import type { Clock, Person } from '../platform/ports';
import type { Store } from '../stores';
import { codeMail } from './code-mail';
import type { AwaitedAction } from './email-identity-store';

/** How a line typed by someone not yet verified was answered. */
export type IdentityAnswer =
  | { kind: 'askEmail' }
  | { kind: 'malformed' }
  | { kind: 'codeSent'; email: string }
  | { kind: 'tooSoon'; email: string; until: Date }
  | { kind: 'locked'; email: string; until: Date }
  | { kind: 'wrongCode'; triesLeft: number }
  | { kind: 'expired' }
  | { kind: 'noCode' }
  | { kind: 'sendFailed' }
  | { kind: 'verified'; person: Person };

/** One conversation outside Teams: its key, the client's key (for send limits), the language. */
export interface IdentityTurn {
  conversationKey: string;
  clientKey: string;
  language: string;
}

/**
 * Who a person outside Teams is: asks for an address, mails a six-digit code (crypto
 * `randomInt`, kept as a salted hash, compared in constant time) and, once the code matches,
 * names the person by the verified address (decision 028).
 */
export class EmailIdentityService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  /** The person verified in this conversation, while the verification holds. */
  async known(conversationKey: string): Promise<Person | undefined> {
    const verification = await this.store.emailIdentity.verification(conversationKey);
    if (!verification || !stillVerified(verification.verifiedAt, this.clock.now()))
      return undefined;
    return this.personOf(verification.email);
  }

  /** Keeps the action asked for before verifying, to be done once the code matches. */
  async awaitAction(conversationKey: string, action: AwaitedAction): Promise<void> {
    await this.store.emailIdentity.awaitAction(conversationKey, action, this.clock.now());
  }

  /** The action kept before verifying, taken once. */
  async takeAwaitedAction(conversationKey: string): Promise<AwaitedAction | undefined> {
    return this.store.emailIdentity.takeAwaitedAction(conversationKey);
  }

  /** Answers one line of someone not yet verified: an address, a code, or anything else. */
  async answer(turn: IdentityTurn, line: string): Promise<IdentityAnswer> {
    const code = codeOf(line);
    if (code !== undefined) return this.tryCode(turn, code);
    // "hi", "register", a card's submit: not an attempt at an address, so ask for one.
    if (!line.includes('@')) return { kind: 'askEmail' };
    const email = parseEmailAddress(line);
    if (!email) return { kind: 'malformed' };
    return this.sendCode(turn, email);
  }

  private async sendCode(turn: IdentityTurn, email: string): Promise<IdentityAnswer> {
    const { emailIdentity } = this.store;
    const now = this.clock.now();
    const lockedUntil = await emailIdentity.lockedUntil(email);
    if (lockedUntil && isLocked(lockedUntil, now))
      return { kind: 'locked', email, until: lockedUntil };
    const since = new Date(now.getTime() - CODE_SEND_HORIZON_MS);
    const sends = await emailIdentity.sendsSince(email, turn.clientKey, since);
    const next = nextCodeSendAt(sends.address, sends.client, now);
    if (next.getTime() > now.getTime()) return { kind: 'tooSoon', email, until: next };
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await emailIdentity.saveCode(
      turn.conversationKey,
      issuedCode(email, hashCode(code), now),
      turn.clientKey,
      now,
    );
    try {
      await this.mailer.send(codeMail(email, code, turn.language));
    } catch (error) {
      this.log.warn({ err: error }, 'could not mail a verification code');
      await emailIdentity.dropCode(turn.conversationKey);
      return { kind: 'sendFailed' };
    }
    return { kind: 'codeSent', email };
  }

  private async tryCode(turn: IdentityTurn, code: string): Promise<IdentityAnswer> {
    const { emailIdentity } = this.store;
    const pending = await emailIdentity.pendingCode(turn.conversationKey);
    if (!pending) return { kind: 'noCode' };
    const now = this.clock.now();
    const lockedUntil = await emailIdentity.lockedUntil(pending.email);
    if (lockedUntil && isLocked(lockedUntil, now))
      return { kind: 'locked', email: pending.email, until: lockedUntil };
    const result = checkCode(pending, codeMatches(pending, code), now);
    switch (result.kind) {
      case 'verified':
        await emailIdentity.verify(turn.conversationKey, result.email, now);
        return { kind: 'verified', person: await this.personOf(result.email) };
      case 'expired':
        await emailIdentity.dropCode(turn.conversationKey);
        return { kind: 'expired' };
      case 'locked':
        await emailIdentity.lock(result.email, result.until);
        return { kind: 'locked', email: result.email, until: result.until };
      case 'wrong':
        // Two tries at once: the one that lost the race still counts, against a fresh read.
        if (!(await emailIdentity.countWrongTry(turn.conversationKey, pending.tries)))
          return this.tryCode(turn, code);
        return { kind: 'wrongCode', triesLeft: result.triesLeft };
    }
  }

  /**
   * The person a verified address names: whoever registered with it in Teams (so web and Teams
   * reach the same registration), else the address itself.
   */
  private async personOf(email: string): Promise<Person> {
    const teams = await this.store.registrations.identityByEmail(email, EMAIL_TENANT);
    const identity = teams ?? webIdentity(email);
    return { ...identity, verifiedEmail: email };
  }
}

/** A code's stored form: `salt:hmac`, so a stolen table gives no code without a search each. */
function hashCode(code: string): string {
  const salt = randomBytes(16).toString('hex');
  return `${salt}:${createHmac('sha256', salt).update(code).digest('hex')}`;
}

function codeMatches(pending: PendingCode, code: string): boolean {
  const [salt = '', stored = ''] = pending.codeHash.split(':');
  const typed = Buffer.from(createHmac('sha256', salt).update(code).digest('hex'));
  const expected = Buffer.from(stored);
  return typed.length === expected.length && timingSafeEqual(typed, expected);
}

/** The stable id of an address (64 hex characters, the length of an object id column). */
export function addressId(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

/** Who a person known only by a verified address is: the address's own key under `email`. */
export function webIdentity(email: string): { tenantId: string; aadObjectId: string } {
  return { tenantId: EMAIL_TENANT, aadObjectId: addressId(email) };
}
