/** The bot's Adaptive Cards: one builder per card, each taking a view model and `t`. */
export * from './card-json';
export * from './event-list-card';
export * from './registration-form-card';
export * from './registration-card';
export * from './withdraw-confirm-card';
export * from './notice-card';
export * from './written-input-card';
export * from './organizer-summary-card';
export * from './match-list-card';
export * from './language-choice-card';
