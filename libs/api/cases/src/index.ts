export * from './case-record.js';
export * from './cases.changes.js';
export * from './cases.module.js';
export * from './cases.service.js';
export { CaseModel } from './models/case.model.js';
