import { GitFork, Rocket } from 'lucide-react';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardFooter, CardHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { CategoryBadge, VramBadge } from '@/templates/TemplateBadges';

import { formatLaunches } from './format';
import { MaintenanceBadge, VerifiedBadge } from './MarketplaceBadges';
import { marketplacePath, type MarketplaceTemplate } from './model';
import { RatingStars } from './RatingStars';

const MAX_TAGS = 4;

interface MarketplaceCardProps {
  template: MarketplaceTemplate;
  /** Cards in the featured and trending rows carry their own test ids. */
  testId?: string;
  /** Where the card sits, so heading ids stay unique when a template shows twice. */
  idPrefix?: string;
}

export function MarketplaceCard({
  template,
  testId = 'marketplace-card',
  idPrefix = 'result',
}: MarketplaceCardProps) {
  const headingId = `${idPrefix}-${template.id}-name`;
  const tags = template.tags.slice(0, MAX_TAGS);
  return (
    <Card
      data-testid={testId}
      data-template-id={template.id}
      aria-labelledby={headingId}
      role="article"
      className="hover:border-primary/40 relative gap-3 py-5 transition-colors"
    >
      <CardHeader className="gap-1 px-5">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-base leading-tight font-semibold">
            <Link
              to={marketplacePath(template.id)}
              className="focus-visible:ring-ring/50 rounded-sm outline-none after:absolute after:inset-0 hover:underline focus-visible:ring-[3px]"
            >
              {template.name}
            </Link>
          </h3>
          {template.author.verified && <VerifiedBadge />}
          <MaintenanceBadge status={template.maintenance_status} />
        </div>
        <p className="text-muted-foreground truncate text-xs" data-testid="card-author">
          by {template.author.name}
          {template.author.handle && !template.author.verified && (
            <span className="text-muted-foreground/80"> @{template.author.handle}</span>
          )}
        </p>
      </CardHeader>
      <CardContent className="flex flex-1 flex-col gap-3 px-5">
        <p className="text-muted-foreground line-clamp-2 text-sm">{template.description}</p>
        {template.forked_from && (
          <p className="text-muted-foreground flex items-center gap-1 text-xs">
            <GitFork className="size-3" aria-hidden="true" />
            Forked from {template.forked_from.name}
            {template.forked_from.author_handle && ` by @${template.forked_from.author_handle}`}
          </p>
        )}
        <div className="flex flex-wrap gap-1.5">
          <CategoryBadge category={template.category} />
          {template.gpu_min_vram > 0 && <VramBadge minVram={template.gpu_min_vram} />}
        </div>
        {tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-1">
            {tags.map((tag) => (
              <li key={tag}>
                <Badge variant="outline" className="font-normal">
                  {tag}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
      <CardFooter className="mt-auto flex items-center justify-between gap-2 px-5">
        <RatingStars rating={template.rating} />
        <span className="text-muted-foreground inline-flex items-center gap-1 text-xs tabular-nums">
          <Rocket className="size-3" aria-hidden="true" />
          {formatLaunches(template.launches)}
        </span>
      </CardFooter>
    </Card>
  );
}

export function MarketplaceCardSkeleton() {
  return (
    <Card className="gap-3 py-5">
      <CardHeader className="gap-2 px-5">
        <Skeleton className="h-4 w-2/3" />
        <Skeleton className="h-3 w-1/3" />
      </CardHeader>
      <CardContent className="space-y-2 px-5">
        <Skeleton className="h-3 w-full" />
        <Skeleton className="h-3 w-5/6" />
        <div className="flex gap-2 pt-1">
          <Skeleton className="h-5 w-20" />
          <Skeleton className="h-5 w-16" />
        </div>
      </CardContent>
      <CardFooter className="justify-between px-5">
        <Skeleton className="h-3 w-24" />
        <Skeleton className="h-3 w-16" />
      </CardFooter>
    </Card>
  );
}
