import { CardFactory, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import { languageName } from '../../core/i18n/language-names';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import { languageChoiceCard } from './language-choice-card';
import { cardResponse, notice } from '../platform/teams/respond';
import { turnView, useChosenLanguage } from '../platform/teams/turn-view';

/**
 * The language choice: `language fr` in chat or a button of the language card. A valid choice
 * is stored and answered in the new language; anything else shows the six choices.
 */
export class LanguageActions {
  constructor(private readonly services: Pick<BotServices, 'languages'>) {}

  async command(context: TurnContext, person: Person, code: string): Promise<void> {
    const card = await this.choose(context, person, code);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }

  async card(
    context: TurnContext,
    person: Person,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> {
    return cardResponse(await this.choose(context, person, data.language));
  }

  private async choose(context: TurnContext, person: Person, code: unknown) {
    const language = await this.services.languages.choose(person, code);
    if (!language) return languageChoiceCard(turnView(context).t);
    useChosenLanguage(context, language);
    const view = turnView(context);
    return notice(
      view,
      [view.t('language.changed', { language: languageName(language, language) })],
      'good',
    );
  }
}
