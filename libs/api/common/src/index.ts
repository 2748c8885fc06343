export * from './actor.js';
export * from './app-error.js';
export * from './error-code.js';
export * from './format-error.js';
export * from './roles.js';
export * from './validation-pipe.js';
export * from './uuid-arg.js';
export * from './live-events.service.js';
