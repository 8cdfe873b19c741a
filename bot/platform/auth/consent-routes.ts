import type { Route } from '../feature';

/** What the consent pop-up needs to send a person to Entra ID. */
export interface ConsentSettings {
  /** The tab's Entra app; empty: development sign-in, no consent to ask. */
  clientId: string;
  /** The tenant that signs people in; empty: `organizations`. */
  tenantId: string;
  /** The service's public https URL (the Application ID URI's host and the redirect). */
  publicUrl: string;
}

export const CONSENT_PATH = '/auth/consent';
export const CONSENT_DONE_PATH = '/auth/consent/done';

/**
 * Entra ID's authorize URL asking the person to consent to the tab's `access_as_user` scope,
 * the step Teams cannot take silently when `getAuthToken` fails: the tab opens `/auth/consent`
 * with `authentication.authenticate`, Entra sends the pop-up back to `/auth/consent/done`, which
 * shows the tab's closing page (it reports success to Teams). The code Entra returns is not
 * redeemed: consent is all this flow is for, and the tab then asks Teams for its token again.
 */
export function consentUrl(settings: ConsentSettings): string {
  const authority = settings.tenantId || 'organizations';
  const host = new URL(settings.publicUrl).host;
  const url = new URL(`https://login.microsoftonline.com/${authority}/oauth2/v2.0/authorize`);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('response_mode', 'query');
  url.searchParams.set('redirect_uri', `${settings.publicUrl}${CONSENT_DONE_PATH}`);
  url.searchParams.set('scope', `openid api://${host}/${settings.clientId}/access_as_user`);
  url.searchParams.set('prompt', 'consent');
  return url.toString();
}

/** `GET /auth/consent` and `GET /auth/consent/done`: the pop-up's two redirects (404 in development). */
export function consentRoutes(settings: ConsentSettings): Route[] {
  if (!settings.clientId) return [];
  const redirect = (res: Parameters<Route['handle']>[1], location: string) => {
    res.header('Cache-Control', 'no-store');
    res.header('Location', location);
    res.send(302);
  };
  return [
    {
      method: 'get',
      path: CONSENT_PATH,
      access: 'public',
      handle: async (_req, res) => redirect(res, consentUrl(settings)),
    },
    {
      method: 'get',
      path: CONSENT_DONE_PATH,
      access: 'public',
      handle: async (req, res) => {
        // Entra's error (the person declined) travels on, so the tab tells Teams it failed.
        const error = new URL(req.url ?? '/', 'http://service').searchParams.get('error');
        const done = new URLSearchParams({ view: 'auth-end' });
        if (error) done.set('error', error.slice(0, 64));
        redirect(res, `/tab/index.html?${done.toString()}`);
      },
    },
  ];
}
