import { isUnLanguage, type UnLanguage } from '../../core/i18n/catalog';
import type { ConversationStore } from '../platform/store/conversation-store';
import type { Clock, Person } from '../platform/ports';

/** The language each person chose, kept per tenant and Entra user (decision 009). */
export class LanguageService {
  constructor(
    private readonly conversations: ConversationStore,
    private readonly clock: Clock,
  ) {}

  /** Records `code` when it names one of the six languages; anything else changes nothing. */
  async choose(person: Person, code: unknown): Promise<UnLanguage | undefined> {
    const language = typeof code === 'string' ? code.trim().toLowerCase() : '';
    if (!isUnLanguage(language)) return undefined;
    await this.conversations.setLanguage(
      person.tenantId,
      person.aadObjectId,
      language,
      this.clock.now(),
    );
    return language;
  }

  /** The language the person chose, if they did. */
  chosen(person: Person): Promise<UnLanguage | undefined> {
    return this.conversations.language(person.tenantId, person.aadObjectId);
  }
}

export { conversationLocale } from '../platform/store/conversation-store';
