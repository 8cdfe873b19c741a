import type { TurnContext } from 'botbuilder';
import { ChatVocabulary } from '../../../core/i18n/chat-vocabulary';
import type { ChatCommand, Feature } from '../feature';
import type { Person } from '../ports';
import { chairCheck, type ChairRule } from './chair-check';
import { turnView } from './turn-view';

/**
 * Routes a chat line to the first command, in the features' order, whose parse reads it; the
 * chair guard runs here once, before a chair-only command's handler. The line's leading command
 * word, in whichever of the six languages it is typed, reaches every parse as the English word.
 */
export class ChatRouter {
  private readonly commands: readonly ChatCommand<never>[];
  private readonly vocabulary: ChatVocabulary;

  constructor(
    features: readonly Feature[],
    private readonly chair: ChairRule,
  ) {
    this.commands = features.flatMap((feature) => feature.chat ?? []);
    this.vocabulary = new ChatVocabulary(this.commands.flatMap((command) => command.words));
  }

  /** False when no command reads the line (nothing was sent). */
  async route(context: TurnContext, person: Person, text: string): Promise<boolean> {
    const line = this.vocabulary.canonicalLine(text);
    for (const command of this.commands) {
      const parsed = command.parse(line);
      if (parsed === undefined) continue;
      if (command.chairOnly && !(await chairCheck(context, person, this.chair))) {
        if (command.refuse) await command.refuse(context);
        else await context.sendActivity(turnView(context).t('organizer.refused'));
        return true;
      }
      await command.handle(context, person, parsed);
      return true;
    }
    return false;
  }
}
