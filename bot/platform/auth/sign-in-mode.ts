import type { SsoConfig } from '../config';

/** How the tab API signs people in: Teams SSO against Entra ID, or development test users. */
export type SignInMode = 'entra' | 'dev';

/**
 * Development sign-in exists only while no Entra app is configured; as soon as a client id
 * is set, every request needs a real Teams SSO token and dev sign-in attempts are refused.
 */
export function signInModeOf(sso: Pick<SsoConfig, 'clientId'>): SignInMode {
  return sso.clientId === '' ? 'dev' : 'entra';
}
