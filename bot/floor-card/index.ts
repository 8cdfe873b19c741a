/**
 * The floor card: "Request the floor" in the meeting chat, for people Teams shows no side
 * panel (anonymous and external attendees), who prove who they are with their reference code.
 */
import { CardFactory, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import { eventIn } from '../../core/event/event-language';
import type { EventDefinition } from '../../core/event/event';
import { translatorFor } from '../../core/i18n/catalog';
import type { AnonymousCardVerb, Feature } from '../platform/feature';
import type { Logger } from '../platform/logger';
import { turnView } from '../platform/teams/turn-view';
import type { Store } from '../stores';
import { FLOOR_CARD_VERB, floorCard } from './floor-card';
import type { FloorCardRequest, FloorRequests } from './floor-requests';

export interface FloorCardDeps {
  store: Pick<Store, 'events' | 'meetings'>;
  requests: FloorRequests;
  log: Logger;
}

export function floorCardFeature(deps: FloorCardDeps): Feature {
  const verb: AnonymousCardVerb = {
    verb: FLOOR_CARD_VERB,
    chairOnly: false,
    anonymous: true,
    handle: (context, _person, data) => answer(context, deps, data),
  };
  return {
    name: 'floor-card',
    cards: [verb],
    listen(bot) {
      // At the meeting's start, and when the bot joins a meeting chat already linked to an event.
      bot.onTeamsMeetingStartEvent(async (_meeting, context, next) => {
        await postCard(context, deps);
        await next();
      });
      bot.onMembersAdded(async (context, next) => {
        const botAdded = context.activity.membersAdded?.some(
          (m) => m.id === context.activity.recipient.id,
        );
        if (botAdded) await postCard(context, deps);
        await next();
      });
    },
  };
}

/** Posts the card in a meeting chat whose meeting is linked to an event; elsewhere, nothing. */
async function postCard(context: TurnContext, deps: FloorCardDeps): Promise<void> {
  const event = await eventOfMeeting(deps.store, meetingIdOf(context));
  if (!event) return;
  const t = translatorFor(event.language);
  await context.sendActivity({
    attachments: [CardFactory.adaptiveCard(floorCard(eventIn(event, t), t))],
  });
  deps.log.info({ eventId: event.id }, 'floor card posted in the meeting chat');
}

async function answer(
  context: TurnContext,
  deps: FloorCardDeps,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const t = turnView(context).t;
  const chatId = context.activity.conversation?.id;
  const asked = requestOf(data);
  if (!asked || !chatId) return toThem(t('floorCard.codeMissing'));
  const said = await deps.requests.request(chatId, asked);
  return toThem(t(said.key, said.params));
}

/** A Universal Actions answer shown to the person who pressed the button only. */
function toThem(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text as never,
  };
}

function requestOf(data: Record<string, unknown>): FloorCardRequest | undefined {
  const { eventId, referenceCode, questionId, onBehalfOf } = data;
  if (typeof eventId !== 'string' || typeof referenceCode !== 'string') return undefined;
  if (!referenceCode.trim() || referenceCode.length > 64 || eventId.length > 200) return undefined;
  return {
    eventId,
    referenceCode,
    questionId: typeof questionId === 'string' && questionId ? questionId.slice(0, 64) : null,
    onBehalfOf: onBehalfOf === 'group' ? 'group' : 'ownOrganization',
  };
}

function meetingIdOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as { meeting?: { id?: unknown } } | undefined;
  return typeof data?.meeting?.id === 'string' ? data.meeting.id : undefined;
}

/** The event linked to a Teams meeting (events are few: each one's link is read). */
async function eventOfMeeting(
  store: FloorCardDeps['store'],
  meetingId: string | undefined,
): Promise<EventDefinition | undefined> {
  if (!meetingId) return undefined;
  for (const event of await store.events.list()) {
    if ((await store.meetings.linkOf(event.id))?.meetingId === meetingId) return event;
  }
  return undefined;
}

// What other features use of this one.
export { FloorRequests } from './floor-requests';
