import { actionData, cardOf } from '../support/card-inspect';
import { personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';
import { validInputs } from '../conversation/journey-helpers';

/** The demo event, moved forward at start so that registration is open whatever the date. */
export const DEMO_EVENT_ID = 'demo-informal-dialogue';
export const DEMO_EVENT_FILE = 'examples/demo-informal-dialogue.json';

/** What a burst saw acknowledged: who got a 200 for their registration, which queue versions. */
export interface Acknowledged {
  registrations: TeamsUser[];
  queueVersions: number[];
  failed: number;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Registers a new person through the real card flow; true once the service acknowledged it. */
export async function registerOne(baseUrl: string, serviceUrl: string, user: TeamsUser) {
  const chat = personalChat(user, serviceUrl);
  const opened = await post(
    `${baseUrl}/api/messages`,
    chat.invoke('registration.open', { eventId: DEMO_EVENT_ID }),
  );
  const data = { ...actionData(cardOf(opened.body), 'registration.submit'), ...validInputs() };
  const done = await post(`${baseUrl}/api/messages`, chat.invoke('registration.submit', data));
  // Only a card showing the new reference code is an acknowledgement: the form coming back, or
  // the "something went wrong" notice of a failed turn (also HTTP 200), is not.
  return done.status === 200 && /REG-[0-9A-Z]{4}-[0-9A-Z]{4}/.test(JSON.stringify(done.body));
}

/** Closes or opens the list of speakers on the version last seen; the new version once acknowledged. */
export async function toggleQueue(baseUrl: string, version: number, open: boolean) {
  const answer = await post(
    `${baseUrl}/api/events/${DEMO_EVENT_ID}/queue/commands`,
    { type: open ? 'openList' : 'closeList', baseVersion: version },
    { 'X-Dev-User': 'chair' },
  );
  return answer.status === 200 ? (answer.body.queue.version as number) : undefined;
}

/** The queue's current version as the chair reads it. */
export async function queueVersion(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/events/${DEMO_EVENT_ID}/queue`, {
    headers: { 'X-Dev-User': 'chair' },
  });
  return ((await response.json()) as { queue: { version: number } }).queue.version;
}

/**
 * Registrations (`parallel` at a time) and queue changes (one chair, version after version)
 * until `stop()` says so or the service stops answering; records what was acknowledged.
 */
export async function burst(
  baseUrl: string,
  serviceUrl: string,
  stop: (seen: Acknowledged) => boolean,
  parallel = 6,
): Promise<Acknowledged> {
  const seen: Acknowledged = { registrations: [], queueVersions: [], failed: 0 };
  let down = false;
  const registrations = async (lane: number) => {
    for (let n = 0; !down && !stop(seen); n++) {
      const user = teamsUser(`Burst ${lane}-${n}`);
      const ok = await registerOne(baseUrl, serviceUrl, user).catch(() => false);
      if (ok) seen.registrations.push(user);
      else {
        seen.failed += 1;
        down = down || seen.failed > 20;
      }
    }
  };
  const queue = async () => {
    let version = await queueVersion(baseUrl);
    for (let open = false; !down && !stop(seen); open = !open) {
      const next = await toggleQueue(baseUrl, version, open).catch(() => undefined);
      if (next === undefined) break;
      seen.queueVersions.push(next);
      version = next;
    }
  };
  await Promise.all([
    queue(),
    ...Array.from({ length: parallel }, (_, lane) => registrations(lane)),
  ]);
  return seen;
}
