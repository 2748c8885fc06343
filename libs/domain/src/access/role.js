export const ROLES = ['COORDINATOR', 'PHYSICIAN', 'PATIENT', 'ADMIN'];
//# sourceMappingURL=role.js.map