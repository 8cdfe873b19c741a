import { z } from 'zod';
import { proxyEntryProblem } from './http/client-address';
import { exposureProblems, isLoopbackUrl } from './config-exposure';

/**
 * The service configuration, read once from the environment at start-up. Names follow the
 * platform where it has one (botbuilder's `MicrosoftApp*`); every problem names its variable.
 */
export interface Config {
  port: number;
  /** The one interface to listen on; absent: all. Loopback while the bot endpoint is unsigned. */
  listenHost?: string;
  publicUrl: string;
  bot: { appId: string; appPassword: string; appTenantId: string; appType: BotAppType };
  databaseUrl?: string;
  dataDir: string;
  chairTeam: ChairTeamConfig;
  sso: SsoConfig;
  /** Microsoft Graph for Teams meetings; absent: offline meetings (local records only). */
  graph?: GraphConfig;
  /** The Teams app's manifest id; with Graph, the app installs itself for people it must reach. */
  teamsAppId?: string;
  /** Where mail to web registrants goes: Graph from `sender`, else `.eml` files in `dir`. */
  mail: MailConfig;
  /** When reminders go out, in minutes before the meeting starts, longest first. */
  reminderMinutes: number[];
  eventFiles: string[];
  demoEventFile?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Bearer token `/metrics` asks for; absent: `/metrics` is open. */
  metricsToken?: string;
  /** Proxies (addresses, CIDR ranges) whose X-Forwarded-For names the client; empty: none. */
  trustedProxies: string[];
  /** Direct Line for the public registration page's chat; absent: the page has no chat. */
  directLine?: DirectLineConfig;
}

/** The Azure Bot's Direct Line channel: its secret never leaves the service (tokens do). */
export interface DirectLineConfig {
  secret: string;
  /** e.g. https://directline.botframework.com, or a regional one; no trailing slash. */
  endpoint: string;
}

export type BotAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** The chair's team: Entra object ids and emails, lower-cased, and the tenant trusted for email. */
export interface ChairTeamConfig {
  objectIds: string[];
  emails: string[];
  /** `MicrosoftAppTenantId`, lower-cased; empty: emails are never matched (core/access). */
  tenantId: string;
}

/**
 * The tab's single sign-on. An empty `clientId` means no Entra app: development sign-in only.
 * An empty `tenantId` accepts tokens from any tenant (see bot/auth/README.md).
 */
export interface SsoConfig {
  clientId: string;
  tenantId: string;
  metadataUrl: string;
}

/**
 * The app identity that creates Teams meetings through Graph (client credentials) and the
 * mailbox they are organized from. Exactly one of `clientSecret` and `certificatePath`.
 */
export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  /** PEM file holding the private key and the certificate registered on the Entra app. */
  certificatePath?: string;
  /** User principal name or object id of the organizer mailbox. */
  organizer: string;
  baseUrl: string;
  authorityHost: string;
}

/**
 * Mail to people registered outside Teams (codes, confirmations, login details). With
 * `sender` (a mailbox, needs Graph), Graph's sendMail; without, files in `dir` (development).
 */
export interface MailConfig {
  sender?: string;
  dir: string;
}

/** Where Entra ID publishes its OpenID configuration (and so its signing keys). */
export const entraMetadataUrl = (tenant: string) =>
  `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`;

export class ConfigError extends Error {}

/** Where a service without a bot app id listens: this computer only. */
export const LOOPBACK = '127.0.0.1';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Labels without dots, so the pattern cannot backtrack (see core/registration/registration-form).
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  MicrosoftAppId: z.union([z.literal(''), z.string().regex(GUID)]).default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppTenantId: z.union([z.literal(''), z.string().regex(GUID)]).default(''),
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('MultiTenant'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  AAD_APP_CLIENT_ID: z.union([z.literal(''), z.string().regex(GUID)]).default(''),
  ENTRA_METADATA_URL: z.url({ protocol: /^https?$/ }).optional(),
  GRAPH_TENANT_ID: z.union([z.literal(''), z.string().regex(GUID)]).default(''),
  GRAPH_CLIENT_ID: z.union([z.literal(''), z.string().regex(GUID)]).default(''),
  GRAPH_CLIENT_SECRET: z.string().default(''),
  GRAPH_CLIENT_CERTIFICATE_PATH: z.string().default(''),
  GRAPH_ORGANIZER: z.string().default(''),
  GRAPH_BASE_URL: z.url({ protocol: /^https$/ }).default('https://graph.microsoft.com/v1.0'),
  GRAPH_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).default('https://login.microsoftonline.com'),
  MAIL_SENDER: z.string().default(''),
  MAIL_DIR: z.string().min(1).default('./data/mail'),
  TEAMS_APP_ID: z.union([z.literal(''), z.string().regex(GUID)]).default(''),
  REMINDER_MINUTES: z
    .string()
    .regex(
      /^\s*\d+(\s*,\s*\d+)*\s*$/,
      'must be minutes before the start, comma-separated, e.g. 1440,60',
    )
    .default('1440,60'),
  CHAIR_TEAM: z.string().default(''),
  EVENT_FILES: z.string().default(''),
  DEMO_EVENT_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters (or unset, to leave /metrics open)')
    .optional(),
  TRUSTED_PROXIES: z.string().default(''),
  DIRECT_LINE_SECRET: z
    .string()
    .min(16, 'must be a Direct Line secret of the Azure Bot (or unset: no chat on the page)')
    .optional(),
  DIRECT_LINE_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
});

/** Every environment variable the service reads (infra/ must deploy these names; see its test). */
export const CONFIG_NAMES: readonly string[] = Object.keys(Env.shape);

/** Reads and validates the configuration; throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const blank = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(blank);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const problems = crossCheck(e);
  const chairTeam = readChairTeam(e.CHAIR_TEAM, e.MicrosoftAppTenantId, problems);
  problems.push(...exposureProblems({ ...e, CHAIR_TEAM_EMAILS: chairTeam.emails.length }));
  const reminderMinutes = readReminders(e.REMINDER_MINUTES, problems);
  const graph = readGraph(e, problems);
  if (e.MAIL_SENDER && !graph)
    problems.push('MAIL_SENDER: needs Graph (GRAPH_CLIENT_ID and its credentials)');
  if (e.MAIL_SENDER && !GUID.test(e.MAIL_SENDER) && !EMAIL.test(e.MAIL_SENDER))
    problems.push('MAIL_SENDER: the sending mailbox, as a user principal name or object id');
  const trustedProxies = readTrustedProxies(e.TRUSTED_PROXIES, problems);
  if (problems.length > 0)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return {
    port: e.PORT,
    // No app id: the bot endpoint takes unsigned activities, so only this computer may call.
    ...(e.MicrosoftAppId ? {} : { listenHost: LOOPBACK }),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appTenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType,
    },
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    dataDir: e.DATA_DIR,
    chairTeam,
    sso: {
      clientId: e.AAD_APP_CLIENT_ID || e.MicrosoftAppId,
      tenantId: e.MicrosoftAppTenantId,
      metadataUrl: e.ENTRA_METADATA_URL ?? entraMetadataUrl(e.MicrosoftAppTenantId || 'common'),
    },
    ...(graph ? { graph } : {}),
    ...(e.TEAMS_APP_ID ? { teamsAppId: e.TEAMS_APP_ID.toLowerCase() } : {}),
    mail: { ...(e.MAIL_SENDER ? { sender: e.MAIL_SENDER } : {}), dir: e.MAIL_DIR },
    reminderMinutes,
    eventFiles: list(e.EVENT_FILES),
    ...(e.DEMO_EVENT_FILE ? { demoEventFile: e.DEMO_EVENT_FILE } : {}),
    logLevel: e.LOG_LEVEL,
    ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
    trustedProxies,
    ...(e.DIRECT_LINE_SECRET
      ? {
          directLine: {
            secret: e.DIRECT_LINE_SECRET,
            endpoint: (e.DIRECT_LINE_ENDPOINT ?? DIRECT_LINE_ENDPOINT).replace(/\/$/, ''),
          },
        }
      : {}),
  };
}

/** Direct Line's global endpoint (regional ones: europe., india. ...). */
export const DIRECT_LINE_ENDPOINT = 'https://directline.botframework.com';

function crossCheck(e: z.infer<typeof Env>): string[] {
  const problems: string[] = [];
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push(
      'MicrosoftAppPassword: required when MicrosoftAppId is set (or use MicrosoftAppType=UserAssignedMSI)',
    );
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  }
  if (e.MicrosoftAppId && e.PUBLIC_URL && !e.PUBLIC_URL.startsWith('https://')) {
    problems.push('PUBLIC_URL: must be https:// when the bot talks to real Teams');
  }
  if (e.ENTRA_METADATA_URL && !isHttpsOrLoopback(e.ENTRA_METADATA_URL)) {
    problems.push('ENTRA_METADATA_URL: must be https:// (plain http only on loopback, for tests)');
  }
  if (e.DIRECT_LINE_ENDPOINT && !e.DIRECT_LINE_SECRET) {
    problems.push('DIRECT_LINE_SECRET: required when DIRECT_LINE_ENDPOINT is set');
  }
  if (e.DIRECT_LINE_ENDPOINT && !isHttpsOrLoopback(e.DIRECT_LINE_ENDPOINT)) {
    problems.push(
      'DIRECT_LINE_ENDPOINT: must be https:// (plain http only on loopback, for tests)',
    );
  }
  return problems;
}

function isHttpsOrLoopback(url: string): boolean {
  return new URL(url).protocol === 'https:' || isLoopbackUrl(url);
}

/** Distinct positive offsets, longest first; at most a week ahead. */
function readReminders(value: string, problems: string[]): number[] {
  const minutes = [...new Set(list(value).map(Number))].sort((a, b) => b - a);
  if (minutes.some((m) => m < 1 || m > 7 * 24 * 60)) {
    problems.push('REMINDER_MINUTES: each offset must be between 1 and 10080 minutes (a week)');
  }
  return minutes;
}

function readTrustedProxies(value: string, problems: string[]): string[] {
  const entries = list(value);
  for (const entry of entries) {
    const problem = proxyEntryProblem(entry);
    if (problem) {
      problems.push(`TRUSTED_PROXIES: ${problem}; list proxy addresses or ranges, e.g. 10.0.0.0/8`);
    }
  }
  return entries;
}

function readChairTeam(value: string, tenantId: string, problems: string[]): ChairTeamConfig {
  const objectIds: string[] = [];
  const emails: string[] = [];
  for (const entry of list(value)) {
    if (GUID.test(entry)) objectIds.push(entry.toLowerCase());
    else if (EMAIL.test(entry)) emails.push(entry.toLowerCase());
    else problems.push(`CHAIR_TEAM: "${entry}" is neither an Entra object id (GUID) nor an email`);
  }
  return { objectIds, emails, tenantId: tenantId.toLowerCase() };
}

const GRAPH_CREDENTIALS = [
  'GRAPH_TENANT_ID',
  'GRAPH_CLIENT_SECRET',
  'GRAPH_CLIENT_CERTIFICATE_PATH',
  'GRAPH_ORGANIZER',
] as const;

function readGraph(e: z.infer<typeof Env>, problems: string[]): GraphConfig | undefined {
  if (!e.GRAPH_CLIENT_ID) {
    const stray = GRAPH_CREDENTIALS.filter((name) => e[name]);
    if (stray.length > 0)
      problems.push(`GRAPH_CLIENT_ID: required when ${stray.join(', ')} is set`);
    return undefined;
  }
  if (!e.GRAPH_TENANT_ID) problems.push('GRAPH_TENANT_ID: required when GRAPH_CLIENT_ID is set');
  if (!e.GRAPH_CLIENT_SECRET === !e.GRAPH_CLIENT_CERTIFICATE_PATH) {
    problems.push(
      'GRAPH_CLIENT_SECRET: set exactly one of GRAPH_CLIENT_SECRET and GRAPH_CLIENT_CERTIFICATE_PATH',
    );
  }
  if (!GUID.test(e.GRAPH_ORGANIZER) && !EMAIL.test(e.GRAPH_ORGANIZER)) {
    problems.push(
      'GRAPH_ORGANIZER: required when GRAPH_CLIENT_ID is set; the organizer user principal name or object id',
    );
  }
  return {
    tenantId: e.GRAPH_TENANT_ID,
    clientId: e.GRAPH_CLIENT_ID,
    ...(e.GRAPH_CLIENT_SECRET ? { clientSecret: e.GRAPH_CLIENT_SECRET } : {}),
    ...(e.GRAPH_CLIENT_CERTIFICATE_PATH
      ? { certificatePath: e.GRAPH_CLIENT_CERTIFICATE_PATH }
      : {}),
    organizer: e.GRAPH_ORGANIZER,
    baseUrl: e.GRAPH_BASE_URL.replace(/\/$/, ''),
    authorityHost: e.GRAPH_AUTHORITY_HOST.replace(/\/$/, ''),
  };
}
