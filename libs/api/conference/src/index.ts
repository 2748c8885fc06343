export * from './agenda-item.entity.js';
export * from './attendance.entity.js';
export * from './cancer-case.entity.js';
export * from './conference.entity.js';
export * from './follow-up.entity.js';
export * from './recommendation.entity.js';
export * from './cases.service.js';
export * from './conference.module.js';
