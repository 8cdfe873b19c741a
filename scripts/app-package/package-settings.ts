/** The values the app package needs, read from the environment and checked before use. */
export interface PackageSettings {
  teamsAppId: string;
  microsoftAppId: string;
  aadAppClientId: string;
  /** https base URL of the service, without a trailing slash. */
  publicUrl: string;
  /** Host (and port, if any) of publicUrl: the app's domain. */
  publicHostname: string;
  appVersion: string;
}

/** Thrown when a variable is missing or malformed; the message names the variable. */
export class PackageSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageSettingsError';
  }
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DEFAULT_APP_VERSION = '1.0.0';

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new PackageSettingsError(`${name} is not set`);
  return value;
}

function guid(env: Env, name: string): string {
  const value = required(env, name);
  if (!GUID.test(value)) throw new PackageSettingsError(`${name} must be a GUID, got "${value}"`);
  return value.toLowerCase();
}

function httpsUrl(env: Env, name: string): URL {
  const value = required(env, name);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PackageSettingsError(`${name} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:') {
    throw new PackageSettingsError(`${name} must use https (Teams loads tabs over https only)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new PackageSettingsError(`${name} must be a plain base URL without query or credentials`);
  }
  return url;
}

/** Reads TEAMS_APP_ID, MicrosoftAppId, AAD_APP_CLIENT_ID, PUBLIC_URL and APP_VERSION (optional). */
export function readPackageSettings(env: Env): PackageSettings {
  const url = httpsUrl(env, 'PUBLIC_URL');
  const appVersion = env.APP_VERSION?.trim() || DEFAULT_APP_VERSION;
  if (!SEMVER.test(appVersion)) {
    throw new PackageSettingsError(`APP_VERSION must look like 1.2.3, got "${appVersion}"`);
  }
  return {
    teamsAppId: guid(env, 'TEAMS_APP_ID'),
    microsoftAppId: guid(env, 'MicrosoftAppId'),
    aadAppClientId: guid(env, 'AAD_APP_CLIENT_ID'),
    publicUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
    publicHostname: url.host,
    appVersion,
  };
}
