import { ArrowLeft, FolderOpen, Pencil, Upload } from 'lucide-react';
import { Link } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

import { formatCount, formatDate } from './format';
import { MaintenanceBadge, UnpublishedBadge, VisibilityBadge } from './MarketplaceBadges';
import { marketplacePath, type MarketplaceTemplate } from './model';
import { useMyTemplates } from './queries';
import { RatingStars } from './RatingStars';

export function MyTemplatesPage() {
  const signedIn = useAccessToken() !== null;
  return (
    <div className="space-y-6">
      <title>My templates · Dumont</title>
      <Link
        to="/marketplace"
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Marketplace
      </Link>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">My templates</h1>
          <p className="text-muted-foreground text-sm sm:text-base">
            Everything you published, private and unpublished templates included.
          </p>
        </div>
        {signedIn && (
          <Button asChild>
            <Link to="/marketplace/publish">
              <Upload aria-hidden="true" />
              Publish a template
            </Link>
          </Button>
        )}
      </div>
      {signedIn ? (
        <MyTemplates />
      ) : (
        <SignInRequired
          icon={FolderOpen}
          title="Sign in to see your templates"
          description="Templates belong to the account that published them."
        />
      )}
    </div>
  );
}

function MyTemplates() {
  const mine = useMyTemplates();
  if (mine.isPending) {
    return (
      <LoadingRegion label="Loading your templates…" className="block space-y-2">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-12 w-full" />
        ))}
      </LoadingRegion>
    );
  }
  if (mine.isError) {
    return (
      <ErrorState
        title="Couldn't load your templates"
        error={mine.error}
        onRetry={() => void mine.refetch()}
        retrying={mine.isFetching}
      />
    );
  }
  if (mine.data.length === 0) {
    return (
      <EmptyState
        icon={FolderOpen}
        title="No templates yet"
        description="Publish one from scratch, or from a deployment that runs the way you like."
        action={
          <Button asChild>
            <Link to="/marketplace/publish">Publish a template</Link>
          </Button>
        }
      />
    );
  }
  return (
    <Table data-testid="my-templates">
      <TableHeader>
        <TableRow>
          <TableHead>Template</TableHead>
          <TableHead>Version</TableHead>
          <TableHead>State</TableHead>
          <TableHead>Rating</TableHead>
          <TableHead className="text-right">Launches</TableHead>
          <TableHead>Updated</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mine.data.map((template) => (
          <MyTemplateRow key={template.id} template={template} />
        ))}
      </TableBody>
    </Table>
  );
}

function MyTemplateRow({ template }: { template: MarketplaceTemplate }) {
  const listed = template.visibility === 'public' && !template.unpublished_at;
  return (
    <TableRow data-testid="my-template" data-template-id={template.id}>
      <TableCell>
        <Link to={marketplacePath(template.id)} className="font-medium hover:underline">
          {template.name}
        </Link>
        <p className="text-muted-foreground font-mono text-xs">{template.slug}</p>
      </TableCell>
      <TableCell className="font-mono text-xs">{template.version}</TableCell>
      <TableCell>
        <div className="flex flex-wrap gap-1">
          {template.unpublished_at ? (
            <UnpublishedBadge />
          ) : listed ? (
            <Badge variant="success">Listed</Badge>
          ) : (
            <VisibilityBadge visibility={template.visibility} />
          )}
          <MaintenanceBadge status={template.maintenance_status} />
        </div>
      </TableCell>
      <TableCell>
        <RatingStars rating={template.rating} />
      </TableCell>
      <TableCell className="text-right tabular-nums">{formatCount(template.launches)}</TableCell>
      <TableCell className="text-muted-foreground text-xs">
        {formatDate(template.updated_at) ?? '—'}
      </TableCell>
      <TableCell className="text-right">
        <Button asChild variant="ghost" size="sm">
          <Link to={marketplacePath(template.id, '/edit')} aria-label={`Edit ${template.name}`}>
            <Pencil aria-hidden="true" />
            Edit
          </Link>
        </Button>
      </TableCell>
    </TableRow>
  );
}
