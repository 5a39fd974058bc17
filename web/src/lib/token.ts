/**
 * The access token lives in localStorage under `dumont.token` so a reload keeps the session.
 * Components read it through `useSyncExternalStore(subscribeToken, getToken)`.
 */
const TOKEN_KEY = 'dumont.token';

const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((listener) => listener());
}

export function getToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string) {
  window.localStorage.setItem(TOKEN_KEY, token);
  notify();
}

export function clearToken() {
  window.localStorage.removeItem(TOKEN_KEY);
  notify();
}

/** Also follows sign-in and sign-out in other tabs through the `storage` event. */
export function subscribeToken(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
