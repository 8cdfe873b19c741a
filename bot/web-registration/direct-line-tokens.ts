import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { DirectLineConfig } from '../platform/config';

/** What the page gets to open its chat: never the secret, one conversation's token. */
export interface WebChatToken {
  token: string;
  conversationId: string;
  /** Seconds the token lives; Web Chat's Direct Line client refreshes it before then. */
  expiresIn: number;
  /** Direct Line's REST base for the page, e.g. https://directline.botframework.com/v3/directline. */
  domain: string;
}

const Generated = z.object({
  conversationId: z.string().min(1).max(200),
  token: z.string().min(1).max(4000),
  expires_in: z.number().int().positive(),
});

/** How long the service waits for Direct Line before telling the page to try later. */
const TIMEOUT_MS = 10_000;

/**
 * Exchanges the Direct Line secret for a token per conversation, with a fresh `dl_` user id
 * in it (enhanced authentication: Direct Line then vouches for that id, so a page cannot pose
 * as another user): `POST {endpoint}/v3/directline/tokens/generate`.
 */
export class DirectLineTokens {
  constructor(
    private readonly config: DirectLineConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async generate(): Promise<WebChatToken> {
    const userId = `dl_${randomBytes(16).toString('hex')}`;
    const response = await this.fetchImpl(`${this.config.endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.config.secret}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.arrayBuffer().catch(() => undefined);
      throw new Error(`Direct Line answered ${response.status} to tokens/generate`);
    }
    const generated = Generated.parse(await response.json());
    return {
      token: generated.token,
      conversationId: generated.conversationId,
      expiresIn: generated.expires_in,
      domain: `${this.config.endpoint}/v3/directline`,
    };
  }
}
