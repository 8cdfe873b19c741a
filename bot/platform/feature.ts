/**
 * What a capability plugs into the platform: its chat commands, card verbs, HTTP routes and
 * lifetime. Each feature folder's `index.ts` exports one of these (its declared surface); the
 * composition root (bot/app.ts) lists them in order. The platform imports no feature: it only
 * knows this contract.
 */
import type {
  AdaptiveCardInvokeResponse,
  Attachment,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import type { Request, Response } from 'restify';
import type { MessageKey } from '../../core/i18n/catalog';
import type { CommandWord } from '../../core/i18n/chat-words';
import type { Principal } from './auth/principal';
import type { Person } from './ports';

/**
 * The words that call a command: each of its keywords in the six UN languages, read from the
 * catalogs' chat-words files (`commandWord('chatWords.register')`). The router reads any of them,
 * in any language, as the keyword's English word before `parse` sees the line (decision 026).
 */
export type CommandWords = readonly CommandWord[];

/** A command typed in personal chat. The chat router tries features' commands in order. */
export interface ChatCommand<Parsed = unknown> {
  /** Names the command in logs and docs. */
  name: string;
  /** Its keywords (a leading word, or whole phrases) in six languages; `parse` reads the English. */
  words: CommandWords;
  /** Only the chair's team may run it; the router refuses anyone else before `handle`. */
  chairOnly: boolean;
  /**
   * What the line asks of this command, or undefined when the line is not this command. The
   * line is the one `chatTextOf` read: capped in length, the bot's mentions and markup gone,
   * its leading command word in any language written as the English one.
   */
  parse(text: string): Parsed | undefined;
  handle(context: TurnContext, person: Person, parsed: Parsed): Promise<void>;
  /** Answers a refused (not chair) caller; by default a plain `organizer.refused` line. */
  refuse?(context: TurnContext): Promise<void>;
}

/** An `Action.Execute` verb of an Adaptive Card. One feature owns each verb. */
export interface CardVerb {
  verb: string;
  chairOnly: boolean;
  anonymous?: false;
  handle(
    context: TurnContext,
    person: Person,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse>;
}

/**
 * A verb that also answers people Teams gives no Entra identity (anonymous meeting attendees,
 * who can use cards in the meeting chat): the handler gets `undefined` for them and must
 * establish who is acting itself (a registration's reference code). Never chair-only.
 */
export interface AnonymousCardVerb {
  verb: string;
  chairOnly: false;
  anonymous: true;
  handle(
    context: TurnContext,
    person: Person | undefined,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse>;
}

/** Who may call an HTTP route: anyone, any signed-in person, or the chair's team only. */
export type RouteAccess = 'public' | 'signedIn' | 'chair';

/** An HTTP route the platform mounts: it signs the caller in (and checks the chair) first. */
export type Route =
  | {
      method: 'get' | 'post' | 'put' | 'del';
      path: string;
      access: 'public';
      handle(req: Request, res: Response): Promise<unknown>;
    }
  | {
      method: 'get' | 'post' | 'put' | 'del';
      path: string;
      access: 'signedIn' | 'chair';
      /** The 403 a signed-in caller off the chair's team gets (chair routes), e.g. 'outbox.api.chairOnly'. */
      refusal?: MessageKey;
      handle(req: Request, res: Response, principal: Principal): Promise<unknown>;
    };

/** One capability as the platform sees it. */
export interface Feature {
  name: string;
  /** Chat commands, tried in this order after the features listed before this one. */
  chat?: readonly ChatCommand<never>[];
  cards?: readonly (CardVerb | AnonymousCardVerb)[];
  routes?: readonly Route[];
  /** Files (not text) sent in personal chat; at most one feature takes them. */
  files?(context: TurnContext, person: Person, attachments: Attachment[]): Promise<void>;
  /** Greets a person who adds the bot in personal chat; at most one feature does. */
  welcome?(context: TurnContext, person: Person): Promise<void>;
  /** Subscribes to other Teams activities (meeting events, chats the bot joins). */
  listen?(bot: TeamsActivityHandler): void;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

/** Type-checks a command list whose parse and handle agree, whatever each one's parse gives. */
export function chatCommand<Parsed>(command: ChatCommand<Parsed>): ChatCommand<never> {
  return command as unknown as ChatCommand<never>;
}
