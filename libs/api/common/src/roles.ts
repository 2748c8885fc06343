import { SetMetadata } from '@nestjs/common';
import type { Role } from '@oneday/domain';

export const ROLES_KEY = 'oneday:roles';
export const PUBLIC_KEY = 'oneday:public';

/** Only these roles may call the operation; every other signed-in user gets FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Callable without signing in (login, health). Everything else needs a verified token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
