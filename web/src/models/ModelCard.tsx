import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardFooter, CardHeader } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { formatTokenCount, humanize } from '@/lib/format';

import { engineLabel, licenseLabel, type Model } from './model';

function Spec({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted-foreground text-xs">{term}</dt>
      <dd className="truncate text-sm font-medium">{children}</dd>
    </div>
  );
}

export function ModelCard({ model }: { model: Model }) {
  const headingId = `model-${model.id.replace(/[^A-Za-z0-9_-]/g, '-')}-name`;
  return (
    <Card
      data-testid="model-card"
      role="article"
      aria-labelledby={headingId}
      className="hover:border-primary/50 relative gap-4 transition-colors"
    >
      <CardHeader className="gap-1">
        <div className="flex items-start justify-between gap-2">
          <h2 id={headingId} className="text-base leading-tight font-semibold">
            {/* The whole card opens the deploy form: the link's box is stretched over it. */}
            <Link
              to={`/deploy/${model.id}`}
              className="after:absolute after:inset-0 focus-visible:underline focus-visible:outline-none"
            >
              {model.name}
            </Link>
          </h2>
          {model.gated && (
            <Badge
              variant="warning"
              title="Accept the model's license on Hugging Face first; deploying it needs a Hugging Face token"
            >
              <Lock aria-hidden="true" />
              Gated
            </Badge>
          )}
        </div>
        <p className="text-muted-foreground truncate font-mono text-xs" title={model.id}>
          {model.id}
        </p>
      </CardHeader>
      <CardContent className="flex flex-1 flex-col gap-4">
        {model.description && (
          <p className="text-muted-foreground line-clamp-2 text-sm">{model.description}</p>
        )}
        <dl className="mt-auto grid grid-cols-3 gap-x-3 gap-y-2">
          <Spec term="Size">{model.size || '—'}</Spec>
          <Spec term="Task">{model.task ? humanize(model.task) : '—'}</Spec>
          <Spec term="Context">
            {model.context_length ? formatTokenCount(model.context_length) : '—'}
          </Spec>
          <Spec term="Min GPU memory">
            {model.min_gpu_memory_gb > 0 ? `${model.min_gpu_memory_gb} GB` : '—'}
          </Spec>
          <div className="col-span-2 min-w-0">
            <dt className="text-muted-foreground text-xs">License</dt>
            <dd className="truncate text-sm font-medium" title={model.license ?? undefined}>
              {model.license ? licenseLabel(model.license) : '—'}
            </dd>
          </div>
        </dl>
      </CardContent>
      <CardFooter>
        <ul aria-label="Supported engines" className="flex flex-wrap gap-1.5">
          {model.supported_engines.map((engine) => (
            <li key={engine}>
              <Badge variant="info">{engineLabel(engine)}</Badge>
            </li>
          ))}
        </ul>
      </CardFooter>
    </Card>
  );
}

export function ModelCardSkeleton() {
  return (
    <Card className="gap-4">
      <CardHeader className="gap-2">
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-3 w-2/3" />
      </CardHeader>
      <CardContent className="space-y-3">
        <Skeleton className="h-3 w-full" />
        <div className="grid grid-cols-3 gap-3">
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
        </div>
      </CardContent>
      <CardFooter className="gap-2">
        <Skeleton className="h-5 w-12" />
        <Skeleton className="h-5 w-14" />
      </CardFooter>
    </Card>
  );
}
