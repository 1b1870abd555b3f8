export * from './organisation-input.js';
export * from './schedule.js';
export * from './user-input.js';
