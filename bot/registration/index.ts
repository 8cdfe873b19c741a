/** The registration feature's surface: what other features may use of it. */

// What other features use of this one.
export * from './registration-card';
export * from './registration-outcome';
export * from './registration-presenter';
export * from './registration-sql-store';
export * from './form-section';
export * from './registration-row';
export * from './published-author-sql';
