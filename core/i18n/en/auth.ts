/** Texts about signing in to the tab's API: refusals and the development sign-in banner. */
export const AUTH_EN = {
  'auth.missingToken':
    'Please sign in: this request carries no Microsoft Teams sign-in. Open the app in Microsoft Teams and try again.',
  'auth.malformedToken': 'Your sign-in could not be read. Please reload the tab to sign in again.',
  'auth.invalidToken':
    'Your sign-in is not valid for this app. Please reload the tab to sign in again.',
  'auth.tokenExpired': 'Your sign-in has expired. Please reload the tab to sign in again.',
  'auth.tokenNotYetValid':
    "Your sign-in is not valid yet. Please check your device's date and time, then reload the tab.",
  'auth.wrongTenant':
    'This app accepts accounts of its own organization only. Please sign in to Microsoft Teams with that account.',
  'auth.missingScope':
    'Your sign-in does not give this app access (permission "access_as_user" missing). Reload the tab; if this persists, ask your administrator to grant consent.',
  'auth.keysUnavailable':
    'Sign-in cannot be checked right now because Microsoft Entra ID does not answer. Please try again in a minute.',
  'auth.devSignInRefused':
    'Development sign-in is turned off: this service uses Microsoft Entra ID. Please sign in through Microsoft Teams.',
  'auth.devSignInNotLocal':
    'Development sign-in works only from this computer (a loopback address, not through a proxy or tunnel). Set up Microsoft Entra ID to serve other computers.',
  'auth.devUserRequired':
    'Development mode: choose a test user ({users}) in the X-Dev-User header or the devUser query parameter.',
  'auth.devUserUnknown': 'Development mode: unknown test user. Choose one of: {users}.',
  'auth.forbidden': "This action is for the Chair's team and the meeting's presenters only.",
  'tab.devSignIn.banner':
    'Development sign-in: you are the test user {name}. Nothing here is checked with Microsoft Entra ID.',
} as const;
