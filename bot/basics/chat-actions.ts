import { CardFactory, type Attachment, type TurnContext } from 'botbuilder';
import type { Person } from '../platform/ports';
import type { TeamsFile } from '../written-input';
import type { BotServices } from '../bot-services';
import type { ChatCommand } from './chat-command';
import { openEventsCard } from '../event';
import { downloadLinkCard, overviewCard } from '../organizer';
import { registrationOutcomeCard } from '../registration';
import { statementCard } from '../written-input';
import { markdownText } from '../platform/teams/plain-text-replies';
import { turnView } from '../platform/teams/turn-view';
import { profileOf } from '../platform/teams/profile';
import { isTeamsChannel } from '../platform/teams/channel-identity';
import { shownWords } from '../../core/i18n/chat-words';

/** Teams' attachment type for a file a user sends in personal chat. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Answers chat lines and attachments in personal chat. */
export class ChatActions {
  constructor(private readonly services: BotServices) {}

  async welcome(context: TurnContext, person: Person): Promise<void> {
    await context.sendActivity(turnView(context).t('bot.welcome'));
    await this.command(context, person, 'register');
  }

  async command(context: TurnContext, person: Person, command: ChatCommand): Promise<void> {
    const view = turnView(context);
    const { catalog, clock, mine, statements } = this.services;
    switch (command) {
      case 'greeting':
      case 'register':
        return send(context, openEventsCard(await catalog.openForRegistration(clock.now()), view));
      case 'myRegistration': {
        // In Teams, the profile's address finds a registration made with it on the web.
        const profileEmail = async () => (await profileOf(context)).email;
        const registrations = await mine.mine(
          person,
          isTeamsChannel(context.activity) ? profileEmail : undefined,
        );
        if (registrations.length === 0)
          return void (await context.sendActivity(view.t('registration.noneYet')));
        for (const { at, registration } of registrations) {
          const outcome = {
            kind: 'registration' as const,
            at,
            registration,
            variant: 'existing' as const,
          };
          await send(context, registrationOutcomeCard(outcome, view));
        }
        return;
      }
      case 'statement':
        return send(context, statementCard(await statements.destinations(person), view));
      case 'registrations':
      case 'export':
        return this.organizerCommand(context, person, command);
      case 'help':
      case 'unknown':
        await context.sendActivity(markdownText(view.t('bot.help', shownWords(view.t.language))));
        return;
    }
  }

  /** A file sent in chat becomes written input; anything else is refused with the reason. */
  async attachments(
    context: TurnContext,
    person: Person,
    attachments: Attachment[],
  ): Promise<void> {
    const view = turnView(context);
    const files = attachments.filter((a) => a.contentType === FILE_DOWNLOAD_INFO);
    if (files.length === 0)
      return void (await context.sendActivity(view.t('statement.refused.attachment')));
    for (const attachment of files) {
      const file = teamsFileOf(attachment);
      if (!file) {
        await context.sendActivity(view.t('statement.refused.attachment'));
        continue;
      }
      const outcome = await this.services.statements.submitFile(person, undefined, file);
      await send(context, statementCard(outcome, view, file));
    }
  }

  /** The chair's lists and exports (the chat router refuses anyone else). */
  async organizerCommand(
    context: TurnContext,
    person: Person,
    command: 'registrations' | 'export',
  ) {
    const view = turnView(context);
    const { organizer } = this.services;
    const overview = await organizer.overview();
    if (overview.length === 0)
      return void (await context.sendActivity(view.t('organizer.noEvents')));
    for (const item of overview) {
      if (command === 'registrations') {
        await send(context, overviewCard(item, view));
        continue;
      }
      const links = await organizer.registrationLinks(person, item.at.event.id, view.t.language);
      if (links) await send(context, downloadLinkCard(links.csv, view, links.xlsx));
    }
  }
}

async function send(context: TurnContext, card: Record<string, unknown>): Promise<void> {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

function teamsFileOf(attachment: Attachment): TeamsFile | undefined {
  const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
  if (typeof attachment.name !== 'string' || typeof content?.downloadUrl !== 'string')
    return undefined;
  return {
    name: attachment.name,
    downloadUrl: content.downloadUrl,
    ...(typeof content.fileType === 'string' ? { fileType: content.fileType } : {}),
  };
}
