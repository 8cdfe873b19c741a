import { shownWords } from '../../core/i18n/chat-words';
import type { TurnContext } from 'botbuilder';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import { turnView } from '../platform/teams/turn-view';
import { ChairRoundtableChat } from './chair-roundtable-chat';
import { matchesCard, scheduleLines } from './matchmaking/match-presenter';
import { programmeLines, whatsNextLines } from './programme/programme-lines';
import { reply, sendCard } from './reply';
import type { RoundtableCommand } from './roundtable-command';

type PersonCommand = Extract<
  RoundtableCommand,
  {
    kind:
      | 'programme'
      | 'whatsNext'
      | 'help'
      | 'usage'
      | 'myMatches'
      | 'answerMatch'
      | 'mySchedule'
      | 'breakoutPreferences'
      | 'myBreakout';
  }
>;

/**
 * Answers roundtable commands in personal chat; the chair's own go to ChairRoundtableChat
 * (the chat router lets only the chair's team reach those).
 */
export class RoundtableChat {
  private readonly chair: ChairRoundtableChat;

  constructor(private readonly services: BotServices) {
    this.chair = new ChairRoundtableChat(services);
  }

  async handle(context: TurnContext, person: Person, command: RoundtableCommand): Promise<void> {
    if (isPersonCommand(command)) return this.personCommand(context, person, command);
    return this.chair.handle(context, person, command);
  }

  private async personCommand(context: TurnContext, person: Person, command: PersonCommand) {
    const view = turnView(context);
    const { t } = view;
    const { events, matchmaking, breakouts } = this.services.roundtable;
    switch (command.kind) {
      case 'help':
        return reply(context, [t('rt.help', shownWords(t.language))]);
      case 'usage':
        return reply(
          context,
          [t('rt.usage', { usage: t('rt.help', shownWords(t.language)) })],
          'warning',
        );
      case 'programme':
      case 'whatsNext': {
        const list = await events.forProgramme(person);
        if (list.length === 0) return reply(context, [t('rt.notRegistered')], 'warning');
        for (const { event } of list) {
          const lines =
            command.kind === 'programme'
              ? programmeLines(event, view)
              : whatsNextLines(event, view, this.services.clock.now());
          const title = command.kind === 'programme' ? 'rt.programme.title' : 'rt.whatsNext.title';
          await reply(context, [t(title, { title: event.title }), ...lines]);
        }
        return;
      }
      default:
        break;
    }
    const participant = await events.participant(person);
    if (!participant) return reply(context, [t('rt.notRegistered')], 'warning');
    const { event } = participant.at;
    switch (command.kind) {
      case 'myMatches':
        return sendCard(
          context,
          matchesCard(participant, await matchmaking.mine(participant), view),
        );
      case 'answerMatch': {
        const result = await matchmaking.respond(participant, command.matchId, command.reply);
        if (!result.ok) return reply(context, [t(result.key, result.params)], 'warning');
        const status = t(`roundtable.matchmaking.status.${result.match.status}`);
        return reply(context, [t('rt.match.answered', { id: result.match.id, status })], 'good');
      }
      case 'mySchedule':
        return reply(context, [
          t('rt.schedule.title'),
          ...scheduleLines(event, await matchmaking.scheduleOf(participant), view),
        ]);
      case 'breakoutPreferences': {
        const saved = await breakouts.setPreferences(participant, command.groupIds);
        if (!saved.ok) return reply(context, [t(saved.key, saved.params)], 'warning');
        const groups = saved.groups.map((g, i) => `${i + 1}. ${g.title}`).join('; ');
        return reply(context, [t('rt.breakout.saved', { groups })], 'good');
      }
      case 'myBreakout': {
        const group = await breakouts.groupOf(participant);
        if (!group) return reply(context, [t('rt.breakout.notPlaced')]);
        const location = group.location ? ` (${group.location})` : '';
        return reply(context, [t('rt.breakout.yours', { title: group.title, location })]);
      }
    }
  }
}

export function isPersonCommand(command: RoundtableCommand): command is PersonCommand {
  switch (command.kind) {
    case 'programme':
    case 'whatsNext':
    case 'help':
    case 'usage':
    case 'myMatches':
    case 'answerMatch':
    case 'mySchedule':
    case 'breakoutPreferences':
    case 'myBreakout':
      return true;
    default:
      return false;
  }
}
