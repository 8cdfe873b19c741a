import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Translate } from '../../core/i18n/catalog';
import type { SendResult } from '../../core/outbox/retry-policy';
import { parseRetryAfter } from '../../core/outbox/retry-policy';
import { AppInstallError, type AppInstaller } from '../platform/graph/app-installer';
import type { ClaimedRow } from './outbox-store';
import type { StoredConversation } from '../platform/store/conversation-store';

/** Sends one outbox row to its recipient; never throws, says how the attempt ended. */
export interface OutboxSender {
  send(row: ClaimedRow, conversation: StoredConversation | undefined): Promise<SendResult>;
}

export interface TeamsSenderOptions {
  appId: string;
  /** Where to open a 1:1 chat with someone who never wrote to the bot (Teams' global URL). */
  serviceUrl: string;
  /** Keeps the reference of a 1:1 chat the bot just opened. */
  remember(conversation: StoredConversation): Promise<void>;
  now(): Date;
  /** Installs the app for someone Teams will not open a chat with yet; absent: no Graph. */
  installer?: AppInstaller;
  /** Texts of the reasons the chair's team reads in the delivery report. */
  t: Translate;
}

/**
 * Sends through the bot adapter: `continueConversationAsync` with the stored personal
 * conversation reference, or `createConversationAsync` 1:1 for someone without one. Each
 * activity carries its row id (`channelData.outboxId`), so a resend after a crash is
 * recognisable as the same message.
 */
export function teamsSender(adapter: CloudAdapter, options: TeamsSenderOptions): OutboxSender {
  return {
    async send(row, conversation) {
      // botbuilder drops `activity.id` on send, so the idempotency id travels in channelData.
      const channelData = { ...(row.payload.channelData as object), outboxId: `outbox-${row.id}` };
      const activity = { ...row.payload, channelData };
      try {
        if (conversation) {
          // A proactive message starts its own thread rather than answering the last turn.
          const reference = { ...(conversation.reference as ConversationReference) };
          delete (reference as Partial<ConversationReference>).activityId;
          await inTurn(
            (logic) => adapter.continueConversationAsync(options.appId, reference, logic),
            async (context) => {
              await context.sendActivity(activity);
            },
          );
        } else {
          return await openChatAndSend(adapter, options, row, activity);
        }
        return { kind: 'sent' };
      } catch (error) {
        return classify(error, options.now());
      }
    },
  };
}

/**
 * Opens a 1:1 chat and sends. Teams answers 403 when the app is not installed for the
 * person; then the app installs itself for them through Graph and tries once more. If Teams
 * still refuses, the installation has not reached it yet: the worker tries again later.
 */
async function openChatAndSend(
  adapter: CloudAdapter,
  options: TeamsSenderOptions,
  row: ClaimedRow,
  activity: Record<string, unknown>,
): Promise<SendResult> {
  try {
    await createAndSend(adapter, options, row, activity);
    return { kind: 'sent' };
  } catch (error) {
    const refused = classify(error, options.now());
    if (refused.kind !== 'status' || refused.status !== 403) return refused;
    if (!options.installer)
      return { ...refused, detail: options.t('outbox.install.notConfigured') };
    const installed = await install(options.installer, row.recipient.aadObjectId, options.t);
    if (installed) return installed;
  }
  try {
    await createAndSend(adapter, options, row, activity);
    return { kind: 'sent' };
  } catch (error) {
    const refused = classify(error, options.now());
    return refused.kind === 'status' && refused.status === 403
      ? { kind: 'later', detail: options.t('outbox.install.notReady') }
      : refused;
  }
}

/** Installs the app for the person; a failure is the send's result, naming its fix. */
async function install(
  installer: AppInstaller,
  userId: string,
  t: Translate,
): Promise<SendResult | undefined> {
  try {
    await installer.install(userId);
    return undefined;
  } catch (error) {
    if (!(error instanceof AppInstallError)) throw error;
    const key = `outbox.install.${error.failure}` as const;
    const detail = t(key, { detail: error.detail, teamsAppId: error.detail });
    const passing = ['throttled', 'unavailable', 'network'].includes(error.failure);
    return passing ? { kind: 'later', detail } : { kind: 'status', status: error.status, detail };
  }
}

async function createAndSend(
  adapter: CloudAdapter,
  options: TeamsSenderOptions,
  row: ClaimedRow,
  activity: Record<string, unknown>,
): Promise<void> {
  const { tenantId, aadObjectId } = row.recipient;
  const parameters = {
    isGroup: false,
    bot: { id: options.appId, name: '' },
    members: [{ id: aadObjectId, name: '', aadObjectId }],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  };
  const open = (logic: (context: TurnContext) => Promise<void>) =>
    adapter.createConversationAsync(
      options.appId,
      'msteams',
      options.serviceUrl,
      '',
      parameters as never,
      logic,
    );
  await inTurn(open, async (context) => {
    const reference = context.activity.conversation
      ? {
          conversation: context.activity.conversation,
          serviceUrl: context.activity.serviceUrl ?? options.serviceUrl,
          channelId: 'msteams',
          bot: { id: options.appId, name: '' },
          user: { id: aadObjectId, name: '', aadObjectId },
        }
      : undefined;
    if (reference) {
      await options.remember({
        tenantId,
        aadObjectId,
        conversationId: reference.conversation.id,
        serviceUrl: reference.serviceUrl,
        reference,
        updatedAt: options.now(),
      });
    }
    await context.sendActivity(activity);
  });
}

/**
 * The adapter hands errors thrown inside a turn to `onTurnError` and returns normally; this
 * runs `work` in the turn that `run` opens and rethrows its error after the turn, so a
 * refused send is seen as one.
 */
async function inTurn(
  run: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
  work: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  await run(async (context) => {
    try {
      await work(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}

/** Reads a connector failure: its HTTP status and Retry-After, or a network error. */
export function classify(error: unknown, now: Date): SendResult {
  const e = error as {
    statusCode?: number;
    response?: { status?: number; headers?: { get?: (name: string) => string | undefined } };
    message?: string;
    code?: string;
  };
  const status = e.statusCode ?? e.response?.status;
  if (typeof status !== 'number' || status === 0) {
    return { kind: 'network', detail: String(e.code ?? e.message ?? error).slice(0, 200) };
  }
  const retryAfterMs = parseRetryAfter(e.response?.headers?.get?.('retry-after'), now.getTime());
  return {
    kind: 'status',
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(e.message ? { detail: e.message.slice(0, 200) } : {}),
  };
}
