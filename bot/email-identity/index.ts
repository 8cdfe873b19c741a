/**
 * Who a person outside Teams is (decision 028): the email step before the registration form,
 * in every channel but Teams. The composition root gives the gate to the bot.
 */

// What the composition root uses of this one.
export { EmailIdentityService, webIdentity } from './email-identity-service';
export { EmailIdentityGate } from './email-identity-gate';
export { EmailIdentitySqlStore } from './email-identity-sql-store';
