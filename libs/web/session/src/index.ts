export * from './apollo-client.js';
export * from './graphql-error.js';
export * from './login-page.js';
export * from './require-role.js';
export * from './session-context.js';
