export type { AuthConfig } from './auth.config.js';
export * from './auth.changes.js';
export * from './auth.module.js';
export { AuthService, hashPassword } from './auth.service.js';
