import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[0-9A-Za-z.]+)\/MicrosoftTeams\.schema\.json$/;

/** Path of the copy of Microsoft's schema that @microsoft/app-manifest ships for this $schema URL. */
export function bundledSchemaPath(schemaUrl: string): string {
  const match = SCHEMA_URL.exec(schemaUrl);
  if (!match) throw new Error(`$schema is not a Teams manifest schema URL: "${schemaUrl}"`);
  const buildDir = path.dirname(require.resolve('@microsoft/app-manifest'));
  return path.join(buildDir, 'json-schemas', 'teams', match[1] ?? '', 'MicrosoftTeams.schema.json');
}

/**
 * Validates a filled manifest against the JSON schema its $schema names, offline: a schema
 * version that the package does not bundle is refused instead of being fetched.
 * Returns the schema errors, empty when the manifest is valid.
 */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = manifest.$schema;
  if (typeof schemaUrl !== 'string') return ['$schema is missing'];
  const schemaFile = bundledSchemaPath(schemaUrl);
  if (!fs.existsSync(schemaFile)) {
    throw new Error(`Schema ${schemaUrl} is not bundled with @microsoft/app-manifest`);
  }
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
}
