import { useAccessToken, useCurrentUser } from '@/auth/session';

import type { MarketplaceTemplate } from './model';
import { useMyTemplates } from './queries';

/**
 * Whether the caller may edit, unpublish and yank versions of a template: its author (it is among
 * their own templates) or an admin. Official templates change only with Dumont releases. The
 * server enforces this; the page only hides what would be refused.
 */
export function useCanManage(template: Pick<MarketplaceTemplate, 'id' | 'official'>): boolean {
  const signedIn = useAccessToken() !== null;
  const user = useCurrentUser();
  const mine = useMyTemplates(signedIn && !template.official);
  if (!signedIn || template.official) return false;
  if (user.data?.role === 'ADMIN') return true;
  return (mine.data ?? []).some((own) => own.id === template.id);
}
