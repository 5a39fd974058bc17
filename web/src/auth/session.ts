import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

import {
  apiGet,
  apiPost,
  isApiError,
  type AccessTokenDto,
  type LoginRequest,
  type UserDto,
} from '@/lib/api';
import { clearToken, getToken, setToken, subscribeToken } from '@/lib/token';

const sessionKeys = {
  all: ['session'] as const,
  me: (token: string | null) => [...sessionKeys.all, 'me', token] as const,
};

export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken, () => null);
}

async function fetchMe(signal: AbortSignal): Promise<UserDto> {
  try {
    return await apiGet<UserDto>('/api/v1/auth/me', undefined, signal);
  } catch (error) {
    // An expired or revoked token: forget it, the user is signed out.
    if (isApiError(error, 401)) clearToken();
    throw error;
  }
}

/** The signed-in user, or no data when there is no token. */
export function useCurrentUser() {
  const token = useAccessToken();
  return useQuery({
    queryKey: sessionKeys.me(token),
    queryFn: ({ signal }) => fetchMe(signal),
    enabled: token !== null,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/**
 * Whether the signed-in user is an admin: false while signed out or while the user loads. The
 * server enforces it; the app only hides what would be refused.
 */
export function useIsAdmin(): boolean {
  const user = useCurrentUser();
  return useAccessToken() !== null && user.data?.role === 'ADMIN';
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      apiPost<AccessTokenDto>('/api/v1/auth/login', credentials),
    onSuccess: (token) => {
      if (!token.access_token) throw new Error('The server answered without an access token.');
      queryClient.removeQueries({ queryKey: sessionKeys.all });
      setToken(token.access_token);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return () => {
    clearToken();
    queryClient.removeQueries({ queryKey: sessionKeys.all });
  };
}
