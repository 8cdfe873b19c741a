import type { BotHarness } from '../../support/bot-harness';
import { EVENT_ID } from './tab-session';

/**
 * Sends queue commands straight to the service as a development user, to set a scene before
 * a page opens. Each command is based on the version the service reports.
 */
export async function command(
  bot: BotHarness,
  devUser: string,
  body: Record<string, unknown>,
): Promise<void> {
  const url = `${bot.baseUrl}/api/events/${EVENT_ID}/queue`;
  const headers = { 'X-Dev-User': devUser, 'Content-Type': 'application/json' };
  const current = await (await fetch(url, { headers })).json();
  const response = await fetch(`${url}/commands`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...body, baseVersion: current.queue.version }),
  });
  if (!response.ok) throw new Error(`${String(body.type)}: ${await response.text()}`);
}
