import type { PackageSettings } from './package-settings';

/** The ${{NAME}} placeholders the manifest template may use, with the values that fill them. */
export function placeholderValues(settings: PackageSettings): Record<string, string> {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    MicrosoftAppId: settings.microsoftAppId,
    AAD_APP_CLIENT_ID: settings.aadAppClientId,
    PUBLIC_URL: settings.publicUrl,
    PUBLIC_HOSTNAME: settings.publicHostname,
    APP_VERSION: settings.appVersion,
  };
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Fills the manifest template text and parses it. An unknown placeholder is an error rather
 * than a manifest shipped with `${{...}}` left in it.
 */
export function fillManifest(template: string, settings: PackageSettings): Record<string, unknown> {
  const values = placeholderValues(settings);
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Manifest template uses unknown placeholder ${name}`);
    // Values go inside JSON strings: escape them as JSON would.
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}
