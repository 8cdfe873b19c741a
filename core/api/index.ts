/**
 * The tab API's one definition: every response the service sends the tab, as zod schemas
 * with their types inferred. The service types what it sends by them (and checks it against
 * them in tests); the tab reads the same types, so a field renamed on one side fails to build.
 */
export * from './events-api';
export * from './queue-api';
export * from './organizer-api';
export * from './inputs-api';
export * from './roundtable-api';
export * from './speakers-api';
export * from './summary-api';
export * from './desk-api';
export * from './desk-more-api';
