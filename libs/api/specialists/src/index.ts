export * from './availability-template.entity.js';
export * from './room.entity.js';
export * from './site.entity.js';
export * from './slot.entity.js';
export * from './specialist.entity.js';
export * from './specialists.module.js';
