/** The written-input feature: the chair's review (chat and API) and the public pages. */
import type { BotServices } from '../bot-services';
import { commandWord } from '../../core/i18n/chat-words';
import { chatCommand, type Feature } from '../platform/feature';
import { InputReviewActions } from './input-review-actions';
import { parseInputReviewCommand } from './input-review-command';
import { inputReviewRoutes, type InputReviewRouteDeps } from './input-review-routes';
import { publicInputRoutes, type PublicInputRouteDeps } from './public-input-routes';

export function writtenInputFeature(
  services: BotServices,
  web: InputReviewRouteDeps & PublicInputRouteDeps,
): Feature {
  const reviews = new InputReviewActions(services);
  return {
    name: 'written-input',
    routes: [...inputReviewRoutes(web), ...publicInputRoutes(web)],
    chat: [
      chatCommand({
        name: 'input review',
        words: [
          commandWord('chatWords.inputs'),
          commandWord('chatWords.publish'),
          commandWord('chatWords.withhold'),
        ],
        chairOnly: true,
        parse: parseInputReviewCommand,
        handle: (context, person, command) => reviews.handle(context, person, command),
      }),
    ],
  };
}

// What other features use of this one.
export * from './statement-presenter';
export * from './written-input-service';
