import fs from 'node:fs';
import path from 'node:path';

/** A complete, valid packaging environment for tests. */
export const PACKAGE_ENV = {
  TEAMS_APP_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  MicrosoftAppId: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
  AAD_APP_CLIENT_ID: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
  PUBLIC_URL: 'https://meetings.example.org/',
} as const;

export const PACKAGE_DOMAIN = 'meetings.example.org';

export const APP_PACKAGE_DIR = path.resolve(__dirname, '..', '..', 'appPackage');

/** The committed manifest template, as text. */
export function readTemplate(): string {
  return fs.readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8');
}
