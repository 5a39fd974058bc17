import { useAccessToken, useIsAdmin } from '@/auth/session';

import type { MarketplaceTemplate } from './model';
import { useMyTemplates } from './queries';

export interface TemplatePermissions {
  /** The template is among the caller's own (authors do not review their own work). */
  isAuthor: boolean;
  /** May edit, unpublish and yank versions: the author or an admin. */
  canManage: boolean;
  /** Still finding out (the caller's own templates are loading). */
  loading: boolean;
}

/**
 * What the caller may do with a template. Official templates change only with Dumont releases.
 * The server enforces all of it; the page only hides what would be refused.
 */
export function useTemplatePermissions(
  template: Pick<MarketplaceTemplate, 'id' | 'official'>,
): TemplatePermissions {
  const signedIn = useAccessToken() !== null;
  const isAdmin = useIsAdmin();
  const mine = useMyTemplates(signedIn && !template.official);
  if (!signedIn || template.official) return { isAuthor: false, canManage: false, loading: false };
  const isAuthor = (mine.data ?? []).some((own) => own.id === template.id);
  return { isAuthor, canManage: isAuthor || isAdmin, loading: mine.isPending };
}
