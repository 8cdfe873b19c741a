/** The organizer feature: the chair's decisions in chat, the export card, the organizer API. */
import type { BotServices } from '../bot-services';
import { commandWord, type ChatWordKey } from '../../core/i18n/chat-words';
import { chatCommand, type Feature } from '../platform/feature';
import { DecisionActions } from './decision-actions';
import { parseDecisionCommand } from './decision-command';
import { exportLinkCard } from './organizer-card-actions';
import { exportRoutes } from './export-routes';
import { deskRoutes } from './desk-routes';
import { askFirstRoutes } from './ask-first-routes';
import { organizerRoutes, type OrganizerRouteDeps } from './organizer-routes';

const DECISION_WORDS: readonly ChatWordKey[] = [
  'chatWords.confirm',
  'chatWords.decline',
  'chatWords.waitlist',
  'chatWords.confirmAllPending',
  'chatWords.declineAllPending',
  'chatWords.waitlistAllPending',
  'chatWords.capacity',
  'chatWords.delivery',
  'chatWords.attendance',
];

export function organizerFeature(services: BotServices, web: OrganizerRouteDeps): Feature {
  const decisions = new DecisionActions(services);
  return {
    name: 'organizer',
    chat: [
      chatCommand({
        name: 'decisions',
        words: DECISION_WORDS.map(commandWord),
        chairOnly: true,
        parse: parseDecisionCommand,
        handle: (context, person, command) => decisions.handle(context, person, command),
      }),
    ],
    routes: [
      ...organizerRoutes(web),
      ...deskRoutes(web),
      ...askFirstRoutes(web),
      ...exportRoutes(services.organizer),
    ],
    cards: [
      {
        verb: 'organizer.export',
        chairOnly: true,
        handle: (context, person, data) =>
          exportLinkCard(services.organizer, context, person, data.eventId),
      },
    ],
  };
}

// What other features use of this one.
export * from './decision-service';
export * from './organizer-presenter';
export * from './organizer-routes';
export * from './organizer-service';
