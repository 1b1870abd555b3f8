export * from './access.js';
export * from './address.js';
export * from './dates.js';
export * from './identity.js';
export * from './identity-numbers.js';
export * from './patient-input.js';
export * from './search.js';
export * from './keyword.js';
