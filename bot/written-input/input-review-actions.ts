import { shownWords } from '../../core/i18n/chat-words';
import type { TurnContext } from 'botbuilder';
import type { EventDefinition } from '../../core/event/event';
import { listText } from '../../core/i18n/list-text';
import { shortInputId } from '../../core/registration/written-input-review';
import type { ReviewItem, ReviewOutcome } from './input-review-service';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import type { InputReviewCommand } from './input-review-command';
import { turnView, type TurnView } from '../platform/teams/turn-view';

const EXCERPT = 80;
/** Rows one chat message lists; Teams caps a message's size, the organizer page has them all. */
const MAX_ROWS = 25;

/** Answers the chair's review of written input in chat (the chat router refuses anyone else). */
export class InputReviewActions {
  constructor(private readonly services: BotServices) {}

  async handle(context: TurnContext, person: Person, command: InputReviewCommand): Promise<void> {
    const view = turnView(context);
    const say = (text: string) => context.sendActivity(text);
    switch (command.kind) {
      case 'usage':
        await say(view.t('inputs.chat.usage', shownWords(view.t.language)));
        return;
      case 'list':
        await say(await this.list(command.eventId, view));
        return;
      case 'review': {
        const target = { typedId: command.inputId };
        const { decision, reason } = command;
        const outcome = await this.services.reviews.review(target, decision, reason, person);
        await say(this.outcomeText(outcome, command.inputId, view));
        return;
      }
    }
  }

  private async list(eventId: string | undefined, view: TurnView): Promise<string> {
    const found = await this.services.decisions.resolveEvent(eventId);
    if (found.kind === 'whichEvent')
      return view.t('outbox.chair.whichEvent', {
        events: listText(found.eventIds, view.locale, 'or'),
      });
    if (found.kind === 'noEvent') return view.t('outbox.chair.noEvent');
    const listed = await this.services.reviews.items(found.event.id);
    const items = listed?.items ?? [];
    const count = (status: string) => items.filter((i) => i.input.review.status === status).length;
    const counts = {
      title: found.event.title,
      unreviewed: count('unreviewed'),
      published: count('published'),
      withheld: count('withheld'),
    };
    const waiting = items.filter((i) => i.input.review.status === 'unreviewed');
    if (waiting.length === 0) return view.t('inputs.chat.none', counts);
    const rows = waiting.slice(0, MAX_ROWS).map((item) => rowText(item, found.event, view));
    const more = waiting.length - rows.length;
    return [
      view.t('inputs.chat.heading', counts),
      ...rows,
      ...(more > 0 ? [view.t('inputs.chat.more', { count: more })] : []),
      view.t('inputs.chat.usage', shownWords(view.t.language)),
    ].join('\n\n');
  }

  private outcomeText(outcome: ReviewOutcome, typed: string, view: TurnView): string {
    switch (outcome.kind) {
      case 'refused':
        return view.t(outcome.key);
      case 'unknownInput':
        return view.t('inputs.refused.unknownInput', { id: typed });
      case 'ambiguous':
        return view.t('inputs.refused.ambiguous', { id: typed });
      case 'stale':
        return view.t('inputs.refused.stale');
      case 'unchanged':
        return view.t('inputs.chat.unchanged', {
          ...named(outcome.item),
          status: view.t(`inputs.status.${outcome.item.input.review.status}`),
        });
      case 'reviewed': {
        const { review } = outcome.item.input;
        if (review.status === 'withheld')
          return view.t('inputs.chat.withheld', {
            ...named(outcome.item),
            reason: review.reason ?? '',
          });
        const url = this.services.reviews.pageUrl(outcome.event.id);
        const key = outcome.notified ? 'inputs.chat.publishedNotified' : 'inputs.chat.published';
        return view.t(key, { ...named(outcome.item), url });
      }
    }
  }
}

function named(item: ReviewItem) {
  return { id: shortInputId(item.input.id), organization: item.registration.organization };
}

function rowText(item: ReviewItem, event: EventDefinition, view: TurnView): string {
  const { input, registration: r } = item;
  const category =
    event.stakeholderCategories.find((c) => c.id === r.category)?.label ?? r.category;
  const base = { id: shortInputId(input.id), organization: r.organization, category };
  if (input.kind === 'file')
    return view.t('inputs.chat.rowFile', { ...base, fileName: input.fileName ?? '' });
  const flat = input.text.replace(/\s+/g, ' ');
  const excerpt = flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
  return view.t('inputs.chat.rowText', { ...base, excerpt });
}
