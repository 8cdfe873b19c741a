import type { TurnContext } from 'botbuilder';
import type { ChatCommand, Feature } from '../feature';
import type { Person } from '../ports';
import { chairCheck, type ChairRule } from './chair-check';
import { turnView } from './turn-view';

/**
 * Routes a chat line to the first command, in the features' order, whose parse reads it; the
 * chair guard runs here once, before a chair-only command's handler.
 */
export class ChatRouter {
  private readonly commands: readonly ChatCommand<never>[];

  constructor(
    features: readonly Feature[],
    private readonly chair: ChairRule,
  ) {
    this.commands = features.flatMap((feature) => feature.chat ?? []);
  }

  /** False when no command reads the line (nothing was sent). */
  async route(context: TurnContext, person: Person, text: string): Promise<boolean> {
    for (const command of this.commands) {
      const parsed = command.parse(text);
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
