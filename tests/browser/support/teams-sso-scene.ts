import type { Page } from 'playwright-core';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
} from '../../auth/entra-standin';
import { CLIENT_ID, OTHER_TENANT, PUBLIC_URL, TENANT, v2Claims } from '../../auth/token-fixtures';
import { startBot, type BotHarness } from '../../support/bot-harness';
import { MEETING_ID, meetingChat } from '../../support/meeting-activities';
import { TENANT_BOT_ENV } from '../../support/tenant-env';
import {
  openInTeamsHost,
  type FlatContext,
  type FrameContext,
  type TeamsHost,
  type TokenAnswer,
} from '../../support/teams-host/teams-host';
import { aPerson } from '../../store/store-fixtures';
import { EVENT_ID } from './tab-session';

/** People of the tenant, as Entra ID knows them: the object ids their SSO tokens carry. */
export const PEOPLE = {
  attendee: { oid: 'a77e0dee-0000-4000-8000-0000000000a1', name: 'Amina Diallo' },
  /** Not on the chair's team: Teams reports them as the meeting's Organizer. */
  chair: { oid: 'c4a1f0de-0000-4000-8000-0000000000c1', name: 'Maria Chair' },
  /** On the chair's team (CHAIR_TEAM): configures the tab and runs the organizer page. */
  secretariat: { oid: '5ec4e7a4-0000-4000-8000-0000000000e1', name: 'Sam Secretariat' },
} as const;
export type Person = keyof typeof PEOPLE;

/** The Teams meeting chat's thread id, as Teams puts it in the tab's context. */
export const MEETING_CHAT_ID = meetingChat('http://unused', { tenantId: TENANT }).conversationId;

/** A service with a real Entra app (development sign-in refused), and its loopback Entra ID. */
export interface SsoScene {
  bot: BotHarness;
  entra: EntraStandIn;
  /** A v2 Teams SSO token for a person, valid at the service's clock; `claims` overrides. */
  tokenFor(person: Person, claims?: Record<string, unknown>): string;
  close(): Promise<void>;
}

const key = newSigningKey('teams-host-key');

/**
 * The service configured for Teams SSO (the tab's Entra app, its tenant, a public https URL)
 * over a loopback Entra ID; the bot is in the meeting chat, the seed dialogue is linked to the
 * meeting, Teams reports the chair as its Organizer, and the attendee is registered.
 */
export async function startSsoScene(now: string): Promise<SsoScene> {
  const entra = await startEntraStandIn(TENANT);
  entra.published = [key];
  const bot = await startBot({
    now,
    unsignedActivities: true,
    env: {
      ...TENANT_BOT_ENV,
      AAD_APP_CLIENT_ID: CLIENT_ID,
      MicrosoftAppTenantId: TENANT,
      PUBLIC_URL,
      ENTRA_METADATA_URL: entra.metadataUrl,
      CHAIR_TEAM: PEOPLE.secretariat.oid,
    },
  });
  await bot.post(meetingChat(bot.connector.serviceUrl, { tenantId: TENANT }).install());
  await bot.store.meetings.link({
    eventId: EVENT_ID,
    meetingId: MEETING_ID,
    linkedBy: 'chair',
    linkedAt: bot.clock.now(),
  });
  bot.connector.meetingRoles.set(PEOPLE.chair.oid, 'Organizer');
  bot.connector.meetingRoles.set(PEOPLE.attendee.oid, 'Attendee');
  await bot.store.registrations.create(
    aPerson(EVENT_ID, {
      tenantId: TENANT,
      aadObjectId: PEOPLE.attendee.oid,
      givenName: 'Amina',
      familyName: 'Diallo',
      organization: 'Digital Rights Coalition',
      status: 'confirmed',
      group: undefined,
    }),
  );
  const tokenFor = (person: Person, claims: Record<string, unknown> = {}) => {
    const nowS = Math.floor(bot.clock.now().getTime() / 1000);
    const { oid, name } = PEOPLE[person];
    return signToken(
      v2Claims({ oid, name, iat: nowS - 60, nbf: nowS - 60, exp: nowS + 3600, ...claims }),
      key,
    );
  };
  return {
    bot,
    entra,
    tokenFor,
    async close() {
      await bot.close();
      await entra.close();
    },
  };
}

/** Claims of a token Teams would never give this tab: another app's audience, another tenant. */
export const FOREIGN_CLAIMS = {
  audience: { aud: '11111111-2222-4333-8444-555555555555' },
  tenant: { tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
};

/** The flat context Teams gives a tab in the seed dialogue's meeting. */
export function meetingContext(person: Person, extra: Partial<FlatContext> = {}): FlatContext {
  return {
    entityId: `speaking-queue:${EVENT_ID}`,
    locale: 'en-us',
    theme: 'default',
    userObjectId: PEOPLE[person].oid,
    userPrincipalName: `${person}@contoso.example`,
    tid: TENANT,
    meetingId: MEETING_ID,
    chatId: MEETING_CHAT_ID,
    ...extra,
  };
}

/** The side panel's URL as the configuration page saves it (Teams shows it on the stage too). */
export function savedTabPath(view = 'panel', eventId = EVENT_ID): string {
  return `/tab/index.html?${new URLSearchParams({ view, eventId }).toString()}`;
}

/** Opens a tab surface in the Teams host, signed in with SSO tokens as `person`. */
export async function openHosted(
  page: Page,
  scene: SsoScene,
  options: {
    person: Person;
    frameContext: FrameContext;
    tabPath?: string;
    context?: Partial<FlatContext>;
    token?: (request: { resources?: string[] }) => TokenAnswer;
    answerInitialize?: boolean;
    /** Run at the service's https PUBLIC_URL, as in Teams (whole responses only: no live updates). */
    atPublicUrl?: boolean;
  },
): Promise<TeamsHost> {
  return openInTeamsHost(page, {
    origin: scene.bot.baseUrl,
    ...(options.atPublicUrl ? { publicOrigin: PUBLIC_URL } : {}),
    tabPath: options.tabPath ?? savedTabPath(),
    frameContext: options.frameContext,
    context: meetingContext(options.person, options.context),
    token: options.token ?? (() => ({ ok: true, token: scene.tokenFor(options.person) })),
    ...(options.answerInitialize === undefined
      ? {}
      : { answerInitialize: options.answerInitialize }),
  });
}
