import { app, authentication, pages } from '@microsoft/teams-js';
import { SignInNeeded, themeNameOf, type ConfigPage, type Host } from './host';

/** Where the consent pop-up starts: the service redirects it to Entra ID. */
const CONSENT_PATH = '/auth/consent';

/**
 * The host inside Teams: SSO tokens from `authentication.getAuthToken()`, the theme and locale
 * of the Teams context. Loaded on demand, so a plain browser never loads teams-js.
 */
export async function teamsHost(timeoutMs: number): Promise<Host> {
  await withTimeout(app.initialize(), timeoutMs);
  const context = await app.getContext();
  const frameContext = context.page.frameContext;
  if (frameContext === 'authentication') endConsentPopup();
  return {
    mode: 'teams',
    locale: context.app.locale || 'en',
    theme: themeNameOf(context.app.theme),
    frameContext,
    ...(context.meeting?.id ? { meetingId: context.meeting.id } : {}),
    async authHeaders() {
      // Teams caches the token and renews it before it expires.
      let token: string;
      try {
        token = await authentication.getAuthToken();
      } catch (error: unknown) {
        // Consent needed, or an account Teams cannot sign in silently: the person must act.
        throw new SignInNeeded(error instanceof Error ? error.message : String(error));
      }
      return { Authorization: `Bearer ${token}` };
    },
    onThemeChange(handler) {
      app.registerOnThemeChangeHandler((theme) => handler(themeNameOf(theme)));
    },
    async consent() {
      await authentication.authenticate({
        url: new URL(CONSENT_PATH, window.location.origin).toString(),
        width: 600,
        height: 535,
      });
    },
    ...(frameContext === 'settings' ? { configPage } : {}),
  };
}

/** The consent pop-up came back from Entra ID: tell Teams how it ended (it closes the pop-up). */
function endConsentPopup(): void {
  const error = new URLSearchParams(window.location.search).get('error');
  if (error) authentication.notifyFailure(error);
  else authentication.notifySuccess('consented');
}

const configPage: ConfigPage = {
  setValid(valid) {
    pages.config.setValidityState(valid);
  },
  onSave(instance, refusal) {
    pages.config.registerOnSaveHandler((save) => {
      instance()
        .then((chosen) => {
          if (!chosen) return save.notifyFailure(refusal());
          return pages.config.setConfig(chosen).then(() => save.notifySuccess());
        })
        .catch((error: unknown) =>
          save.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
    });
  },
};

function withTimeout<V>(promise: Promise<V>, ms: number): Promise<V> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Teams did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
