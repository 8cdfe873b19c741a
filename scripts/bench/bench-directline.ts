import { randomBytes } from 'node:crypto';
import type { DirectLineStandIn } from '../../tests/support/directline-standin';
import type { BenchPerson } from './bench-journeys';
import type { BenchService } from './bench-service';

/** A Direct Line conversation as the public page holds it: its id, the user, the token. */
interface WebConversation {
  conversationId: string;
  token: string;
  watermark: number;
}

/**
 * The web people of a Direct Line pass, their conversations opened and their addresses
 * verified before the pass: tokens come from the stand-in directly (the service's token route
 * allows 20 a minute per client address), and the email step is not timed, as the Teams pass
 * has none; what is timed is the same open and submit, through Direct Line.
 */
export async function webPeople(
  standIn: DirectLineStandIn,
  service: BenchService,
  count: number,
): Promise<(name: string, i: number) => BenchPerson> {
  const conversations: WebConversation[] = [];
  for (let i = 0; i < count; i += 1) conversations.push(await openConversation(standIn));
  await verify(
    service,
    conversations.map((c, i) => ({
      key: `directline:${c.conversationId}`,
      email: `dl${i}@example.org`,
    })),
  );
  return (_name, i) => personOn(standIn.endpoint, conversations[i]!);
}

async function openConversation(standIn: DirectLineStandIn): Promise<WebConversation> {
  const userId = `dl_${randomBytes(12).toString('hex')}`;
  const grant = await call<{ token: string; conversationId: string }>(
    `${standIn.endpoint}/v3/directline/tokens/generate`,
    standIn.secret,
    { user: { id: userId } },
  );
  await call(`${standIn.endpoint}/v3/directline/conversations`, grant.token, {});
  return { conversationId: grant.conversationId, token: grant.token, watermark: 0 };
}

/** Asks the service (over IPC) to take these conversations as verified for these addresses. */
function verify(service: BenchService, people: Array<{ key: string; email: string }>) {
  return new Promise<void>((resolve) => {
    service.child.once('message', () => resolve());
    service.child.send({ verify: people });
  });
}

/**
 * One web person: each request is an activity posted to Direct Line (a postBack, as Web
 * Chat's Action.Submit), the bot's card read back from the activities after the watermark.
 */
function personOn(endpoint: string, c: WebConversation): BenchPerson {
  const url = `${endpoint}/v3/directline/conversations/${c.conversationId}/activities`;
  const say = async (value: Record<string, unknown>) => {
    await call(url, c.token, { type: 'message', from: { id: 'ignored' }, value });
    const response = await fetch(`${url}?watermark=${c.watermark}`, {
      headers: { Authorization: `Bearer ${c.token}` },
    });
    const { activities, watermark } = (await response.json()) as {
      activities: unknown[];
      watermark: string;
    };
    c.watermark = Number(watermark);
    return JSON.stringify(activities);
  };
  return {
    async open(eventId) {
      const replies = await say({ verb: 'registration.open', eventId });
      return /"formId":"([^"]+)"/.exec(replies)?.[1];
    },
    async submit(_on, data) {
      const replies = await say({ verb: 'registration.submit', ...data });
      if (!replies.includes('REG-')) throw new Error('no registration card');
    },
  };
}

async function call<T = unknown>(url: string, bearer: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`Direct Line ${response.status}`);
  return (await response.json()) as T;
}
