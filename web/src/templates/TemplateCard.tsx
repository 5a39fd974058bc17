import { ArrowRight } from 'lucide-react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter, CardHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

import type { Template } from './template';
import { CategoryBadge, OfficialBadge, VramBadge } from './TemplateBadges';
import { TemplateIcon } from './TemplateIcon';

export function TemplateCard({ template }: { template: Template }) {
  const detailPath = `/templates/${encodeURIComponent(template.slug)}`;
  const headingId = `template-${template.slug}-name`;

  return (
    <Card
      data-testid="template-card"
      aria-labelledby={headingId}
      className="hover:border-primary/40 group relative gap-4 transition-colors"
      role="article"
    >
      <CardHeader className="flex items-start gap-3">
        <div className="bg-primary/10 text-primary ring-primary/20 rounded-lg p-2.5 ring-1">
          <TemplateIcon icon={template.icon} className="size-5" />
        </div>
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={headingId} className="text-base leading-tight font-semibold">
              <Link
                to={detailPath}
                className="focus-visible:ring-ring/50 rounded-sm outline-none hover:underline focus-visible:ring-[3px]"
              >
                {template.name}
              </Link>
            </h2>
            {template.publisher.official && <OfficialBadge />}
          </div>
          <p className="text-muted-foreground truncate text-xs">by {template.publisher.name}</p>
        </div>
      </CardHeader>
      <CardContent className="flex flex-1 flex-col gap-4">
        <p className="text-muted-foreground line-clamp-3 text-sm">{template.description}</p>
        <div className="mt-auto flex flex-wrap gap-1.5">
          <VramBadge minVram={template.gpu_min_vram} />
          <CategoryBadge category={template.category} />
        </div>
      </CardContent>
      <CardFooter>
        <Button asChild className="w-full">
          <Link to={detailPath} aria-describedby={headingId}>
            Deploy Now
            <ArrowRight
              aria-hidden="true"
              className="transition-transform group-hover:translate-x-0.5"
            />
          </Link>
        </Button>
      </CardFooter>
    </Card>
  );
}

export function TemplateCardSkeleton() {
  return (
    <Card className="gap-4">
      <CardHeader className="flex items-start gap-3">
        <Skeleton className="size-10 rounded-lg" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-3 w-1/3" />
        </div>
      </CardHeader>
      <CardContent className="space-y-2">
        <Skeleton className="h-3 w-full" />
        <Skeleton className="h-3 w-5/6" />
        <div className="flex gap-2 pt-2">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-5 w-16" />
        </div>
      </CardContent>
      <CardFooter>
        <Skeleton className="h-9 w-full" />
      </CardFooter>
    </Card>
  );
}
