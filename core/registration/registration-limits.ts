/**
 * Size limits of registration fields, shared by the card (`maxLength`), the server-side
 * validation and the database constraints, so the three never disagree.
 */
export const REGISTRATION_LIMITS = {
  name: 100,
  email: 254,
  organization: 200,
  jobTitle: 150,
  groupName: 200,
  groupMembers: 50,
  groupMember: 200,
  accessibilityNeeds: 1000,
  statementText: 20000,
} as const;

export type RegistrationLimits = typeof REGISTRATION_LIMITS;
