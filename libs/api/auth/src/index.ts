export * from './auth.config.js';
export * from './auth.module.js';
export * from './auth.service.js';
export * from './models/user.model.js';
export * from './auth.changes.js';
