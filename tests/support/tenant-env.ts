import { TENANT_ID } from './teams-activities';

/**
 * The bot settings of a service facing the tenant of the test activities: what the
 * configuration asks for before it accepts tab SSO, Graph or a chair's team named by email.
 * Pair with `startBot({ unsignedActivities: true })` so that the test can post activities.
 */
export const TENANT_BOT_ENV: Record<string, string> = {
  MicrosoftAppId: 'b07b07b0-0000-4000-8000-00000000b075',
  MicrosoftAppPassword: 'stand-in-bot-password',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT_ID,
};
