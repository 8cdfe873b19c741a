import type { UnLanguage } from '../../../core/i18n/catalog';

/** A Bot Framework conversation reference kept per person so the bot can write later. */
export interface StoredConversation {
  tenantId: string;
  aadObjectId: string;
  conversationId: string;
  serviceUrl: string;
  /** The full `ConversationReference` as JSON. */
  reference: unknown;
  /** The IANA zone Teams last reported for the person, if any. */
  localTimezone?: string;
  updatedAt: Date;
  /** The language the person chose in chat, if they did (read only: see `setLanguage`). */
  language?: UnLanguage;
}

export interface ConversationStore {
  /** Saves the reference and zone; the person's language choice is kept as it is. */
  save(conversation: StoredConversation): Promise<void>;
  /** The person's conversation, with the language they chose (if any). */
  get(tenantId: string, aadObjectId: string): Promise<StoredConversation | undefined>;
  /** Records the language a person chose; it holds even before they have a conversation. */
  setLanguage(tenantId: string, aadObjectId: string, language: UnLanguage, at: Date): Promise<void>;
  /** The language the person chose, or undefined when they never chose one. */
  language(tenantId: string, aadObjectId: string): Promise<UnLanguage | undefined>;
}

/** The language to write to someone in outside a turn: their choice, else their last locale. */
export function conversationLocale(conversation: StoredConversation | undefined): string {
  const reference = conversation?.reference as { locale?: unknown } | undefined;
  const locale = typeof reference?.locale === 'string' ? reference.locale : 'en';
  return conversation?.language ?? locale;
}
