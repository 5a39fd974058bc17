import { ApiError, describeError } from '@/lib/api';

/** What to tell someone whose sign-in failed. */
export function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Wrong email or password';
    if (error.status === 429) {
      return error.problem.detail ?? 'Too many sign-in attempts. Wait a moment and try again.';
    }
  }
  return describeError(error);
}
