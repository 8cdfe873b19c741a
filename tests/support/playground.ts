import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnKept, stopKept } from '../../scripts/lib/kept-child';
import { waitForUrl } from '../../scripts/lib/wait-for-url';
import { openTextStream, type TextStream } from '../../scripts/lib/ws-text-stream';

/** A mock user from the Playground's configuration (note its spelling `userPrincipleName`). */
export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
  userPrincipleName: string;
}

/** What the Playground pretends about the tenant, and the locale and zone it stamps on activities. */
export interface PlaygroundConfig {
  config: {
    tenantId: string;
    bot: { id: string; name: string };
    currentUser: PlaygroundUser;
    users: PlaygroundUser[];
    personalChat: { id: string; name: string };
    groupChats: Array<{ id: string; name: string; members: string[] }>;
    teams: Array<{ id: string; name: string; aadGroupId: string; members: string[] }>;
  };
  internalConfig: { locale: string; localTimezone: string; channelId: string };
}

/** A message the bot posted (or updated) as the Playground's chat shows it. */
export interface PlaygroundReply {
  kind: 'created' | 'updated';
  conversationId: string;
  /** The Playground's id for the message: use it as `replyToId`. */
  messageId: string;
  text?: string;
  attachments: Array<{ contentType: string; content: unknown }>;
}

/** The bot's invoke response body as the Playground relays it (`statusCode` is dropped). */
export interface PlaygroundInvokeResult {
  type?: string;
  value?: unknown;
}

/** A running Playground, driven over its internal HTTP API as the current user in personal chat. */
export interface Playground {
  /** Base URL, e.g. `http://127.0.0.1:41234` (the web UI is at `/`). */
  url: string;
  config(): Promise<PlaygroundConfig>;
  /** Sends a plain-text message; returns the Playground's id for it. */
  say(text: string): Promise<{ messageId: string }>;
  /** Presses an Action.Execute button; `replyToId` defaults to the newest bot card. */
  invoke(verb: string, data?: unknown, replyToId?: string): Promise<PlaygroundInvokeResult>;
  /** Sends any activity, filled in from the Playground's template (ids, tenant, serviceUrl). */
  send(activity: Record<string, unknown>): Promise<void>;
  /** What the web UI sends when it opens: installationUpdate add, then conversationUpdate. */
  install(): Promise<void>;
  /** Every bot message seen so far, oldest first. */
  replies(): PlaygroundReply[];
  /** First bot message matching `predicate` since the last say/invoke/send/install. */
  waitForReply(
    predicate: (reply: PlaygroundReply) => boolean,
    timeoutMs?: number,
  ): Promise<PlaygroundReply>;
  /** Kills the Playground's whole process group; safe to call twice. */
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  botEndpoint: string;
  /** IANA zone the mock client reports as `localTimezone` (default: this process's TZ). */
  timeZone?: string;
  /** A `.m365agentsplayground.yml` with other mock users and ids (default: built-in). */
  configFile?: string;
}

const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const LISTENING = /Listening on (\d+)/;

/**
 * Starts Microsoft 365 Agents Playground in its own process group on a port it picks, waits
 * for `/_debug/ping`, and follows the chat stream. Offline: telemetry and statsbeat are off.
 * The group dies with this process even if `stop()` is never called.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  const child = spawnCli(options, workDir);
  const output = collectOutput(child);
  let stream: TextStream | undefined;
  const stop = async () => {
    stream?.close();
    await stopKept(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const port = await output.port;
    const url = `http://127.0.0.1:${port}`;
    await waitForUrl(`${url}/_debug/ping`, { timeoutMs: 15_000, abandon: () => output.exited() });
    const config = await getJson<PlaygroundConfig>(`${url}/_internal/v1/testConfig`);
    const replies: PlaygroundReply[] = [];
    // Bot messages sent before anyone listens are buffered by the Playground and flushed here.
    const chatStream = `ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`;
    stream = await openTextStream(chatStream, (text) => {
      const reply = toReply(JSON.parse(text) as ChatStreamEvent, config.config.bot.id);
      if (reply) replies.push(reply);
    });
    return driver(url, config, replies, stop);
  } catch (error) {
    // The CLI writes its own errors to its log file, not to stderr.
    const log = readTail(path.join(workDir, 'playground.log'));
    await stop();
    const detail = `${output.text()}${log}`;
    throw new Error(`Playground did not start: ${(error as Error).message}\n${detail}`, {
      cause: error,
    });
  }
}

function driver(
  url: string,
  { config }: PlaygroundConfig,
  replies: PlaygroundReply[],
  stop: () => Promise<void>,
): Playground {
  const me = { id: config.currentUser.id };
  const chatId = config.personalChat.id;
  let mark = 0;
  const act = <T>(run: () => Promise<T>) => {
    mark = replies.length;
    return run();
  };
  return {
    url,
    config: () => getJson(`${url}/_internal/v1/testConfig`),
    say: (text) =>
      act(() =>
        postJson(`${url}/_conversation/v1/conversations/${encodeURIComponent(chatId)}/messages`, {
          from: me,
          text,
          textFormat: 'plain',
        }),
      ),
    invoke: (verb, data = {}, replyToId) =>
      act(async () =>
        postJson(`${url}/_conversation/v1/invoke`, {
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data } },
          from: me,
          conversation: { id: chatId },
          replyToId: replyToId ?? newestCardId(replies),
        }),
      ),
    send: (activity) =>
      act(async () => {
        const query = `conversationId=${encodeURIComponent(chatId)}`;
        const template = await getJson<Record<string, unknown>>(
          `${url}/_internal/v1/customActivities/template?${query}`,
        );
        const base = {
          ...template,
          locale: 'en-US',
          channelData: { tenant: { id: config.tenantId } },
        };
        await postJson(`${url}/_internal/v1/customActivities`, { ...base, ...activity });
      }),
    install: () =>
      act(() =>
        postJson(`${url}/_debug/conversation/${encodeURIComponent(chatId)}/installation`, {}),
      ),
    replies: () => [...replies],
    waitForReply: (predicate, timeoutMs = 10_000) => waitFor(replies, mark, predicate, timeoutMs),
    stop,
  };
}

function spawnCli(options: PlaygroundOptions, workDir: string): ChildProcess {
  const args = ['--disable-telemetry', '-e', options.botEndpoint, '-c', 'msteams', '-p', '0'];
  return spawnKept(process.execPath, [CLI, ...args], {
    // cwd decides which config file is read and where devTools/ logs go: keep both out of the repo.
    cwd: workDir,
    output: 'pipe',
    graceMs: 3_000,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      // --disable-telemetry still starts Application Insights statsbeat, which probes the net.
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
      ...(options.timeZone ? { TZ: options.timeZone } : {}),
      ...(options.configFile ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configFile } : {}),
    },
  });
}

function collectOutput(child: ChildProcess) {
  let text = '';
  let exit: string | undefined;
  const port = new Promise<number>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      text = (text + chunk.toString()).slice(-4000);
      const match = LISTENING.exec(text);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      exit = `exited with ${signal ?? code}`;
      reject(new Error(`the Playground ${exit}`));
    });
  });
  port.catch(() => undefined);
  return { port, text: () => text, exited: () => exit };
}

/** One event of `/_ws_conversation/v1/conversations/stream` (also `typing`, ignored here). */
interface ChatStreamEvent {
  action: string;
  actionConversationId: string;
  message?: {
    messageId: string;
    from?: { id: string };
    text?: string;
    attachments?: PlaygroundReply['attachments'];
  };
}

function toReply(event: ChatStreamEvent, botId: string): PlaygroundReply | undefined {
  const { action, message } = event;
  if (action !== 'createMessage' && action !== 'updateMessage') return undefined;
  if (!message || message.from?.id !== botId) return undefined;
  return {
    kind: action === 'createMessage' ? 'created' : 'updated',
    conversationId: event.actionConversationId,
    messageId: message.messageId,
    ...(message.text === undefined ? {} : { text: message.text }),
    attachments: message.attachments ?? [],
  };
}

function newestCardId(replies: PlaygroundReply[]): string {
  const card = [...replies]
    .reverse()
    .find((r) =>
      r.attachments.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'),
    );
  if (!card) throw new Error('invoke: no Adaptive Card from the bot yet; pass replyToId');
  return card.messageId;
}

async function waitFor(
  replies: PlaygroundReply[],
  from: number,
  predicate: (reply: PlaygroundReply) => boolean,
  timeoutMs: number,
): Promise<PlaygroundReply> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = replies.slice(from).find(predicate);
    if (found) return found;
    if (Date.now() >= deadline) {
      const seen = replies
        .slice(from)
        .map((r) => r.text ?? `[${r.attachments.length} attachment(s)]`);
      throw new Error(
        `No matching reply within ${timeoutMs} ms; since the last action: ${JSON.stringify(seen)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function readTail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').slice(-2000) : '';
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
