import { Archive, BadgeCheck, EyeOff, Link2, Lock, Star, TriangleAlert, Users } from 'lucide-react';

import { Badge } from '@/components/ui/badge';

import type { MaintenanceStatus, Visibility } from './model';

/** The author is Dumont itself: an official template. */
export function VerifiedBadge() {
  return (
    <Badge variant="success" title="Published and verified by Dumont" data-testid="verified-badge">
      <BadgeCheck aria-hidden="true" />
      Verified
    </Badge>
  );
}

export function CommunityBadge() {
  return (
    <Badge variant="outline" title="Published by a community member">
      <Users aria-hidden="true" />
      Community
    </Badge>
  );
}

/** Only for templates not everyone can find: unlisted or private. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  if (visibility === 'public') return null;
  return visibility === 'private' ? (
    <Badge variant="secondary" title="Only you (and admins) can see it">
      <Lock aria-hidden="true" />
      Private
    </Badge>
  ) : (
    <Badge variant="secondary" title="Reachable by its link, not listed in search">
      <Link2 aria-hidden="true" />
      Unlisted
    </Badge>
  );
}

/** Only for templates no longer actively maintained. */
export function MaintenanceBadge({ status }: { status: MaintenanceStatus }) {
  if (status === 'active') return null;
  return status === 'deprecated' ? (
    <Badge variant="warning" title="The author advises against new deployments">
      <TriangleAlert aria-hidden="true" />
      Deprecated
    </Badge>
  ) : (
    <Badge variant="secondary" title="No longer maintained">
      <Archive aria-hidden="true" />
      Archived
    </Badge>
  );
}

export function UnpublishedBadge() {
  return (
    <Badge variant="destructive" title="Hidden from browse and search" data-testid="unpublished">
      <EyeOff aria-hidden="true" />
      Unpublished
    </Badge>
  );
}

export function FeaturedBadge() {
  return (
    <Badge
      variant="info"
      title="Chosen by the admins for the front page"
      data-testid="featured-badge"
    >
      <Star aria-hidden="true" />
      Featured
    </Badge>
  );
}
