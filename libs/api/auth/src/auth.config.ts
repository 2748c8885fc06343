/** Injected by the app so the library reads no environment itself. */
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export interface AuthConfig {
  jwtSecret: string;
  tokenTtlSeconds: number;
}
