const KEY = 'oneday.token';

/** Per browser tab, gone when the tab closes: a shared clinic workstation keeps no session. */
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};
