export * from './access/role.js';
export * from './access/patient-access.js';
export * from './availability/local-date.js';
export * from './availability/weekly-hours.js';
export * from './sign-in/login-throttle.js';
export * from './clinic/specialty.js';
export * from './trials/ctgov-study.js';
