export * from './access/role.js';
export * from './access/patient-access.js';
export * from './availability/local-date.js';
export * from './availability/weekly-hours.js';
export * from './sign-in/login-throttle.js';
export * from './clinic/specialty.js';
export * from './trials/ctgov-study.js';
export * from './access/case-access.js';
export * from './clinic/specialty-labels.js';
export * from './clinic/what-to-bring.js';
export * from './itinerary/check-itinerary.js';
export * from './itinerary/find-itineraries.js';
export * from './itinerary/itinerary-request.js';
export * from './itinerary/itinerary.js';
export * from './itinerary/program-template.js';
//# sourceMappingURL=index.js.map