import { ArrowLeft, Pencil, SearchX, ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { PageHeader } from '@/components/PageHeader';
import { Skeleton } from '@/components/ui/skeleton';
import { isApiError } from '@/lib/api';

import { marketplacePath, type MarketplaceTemplate } from './model';
import { useMarketplaceTemplate, useUpdateTemplate } from './queries';
import { templateFormOf, toUpdateRequest, type TemplateFormValues } from './template-form';
import { TemplateForm } from './TemplateForm';

export function EditTemplatePage() {
  const { id = '' } = useParams();
  const signedIn = useAccessToken() !== null;
  return (
    <div className="max-w-3xl space-y-6">
      <Link
        to={marketplacePath(id)}
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Back to the template
      </Link>
      {signedIn ? (
        <EditView id={id} />
      ) : (
        <>
          <title>Edit template · Dumont</title>
          <SignInRequired
            icon={Pencil}
            title="Sign in to edit"
            description="Only a template's author (or an admin) may change it."
          />
        </>
      )}
    </div>
  );
}

function EditView({ id }: { id: string }) {
  const template = useMarketplaceTemplate(id);
  if (template.isPending) {
    return (
      <LoadingRegion label="Loading template…" className="block space-y-4">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-96 w-full rounded-xl" />
      </LoadingRegion>
    );
  }
  if (isApiError(template.error, 404) || isApiError(template.error, 400)) {
    return (
      <>
        <title>Template not found · Dumont</title>
        <EmptyState
          icon={SearchX}
          title="Template not found"
          description="There is no template at this address, or it is private."
        />
      </>
    );
  }
  if (template.isError) {
    return (
      <ErrorState
        title="Couldn't load this template"
        error={template.error}
        onRetry={() => void template.refetch()}
        retrying={template.isFetching}
      />
    );
  }
  if (template.data.official) {
    return (
      <>
        <title>Edit template · Dumont</title>
        <EmptyState
          icon={ShieldAlert}
          title="Official templates can't be edited"
          description="They change with each Dumont release. Fork it to make your own version."
        />
      </>
    );
  }
  return <EditForm key={template.data.id} template={template.data} />;
}

function EditForm({ template }: { template: MarketplaceTemplate }) {
  const navigate = useNavigate();
  const update = useUpdateTemplate(template.id);
  // The form as loaded, to tell a changed spec (a new version) from metadata edits.
  const [original] = useState(() => templateFormOf(template));

  function submit(values: TemplateFormValues) {
    update.mutate(toUpdateRequest(values, original), {
      onSuccess: (saved) => void navigate(marketplacePath(saved.id)),
    });
  }

  return (
    <div className="space-y-6">
      <title>{`Edit ${template.name} · Dumont`}</title>
      <PageHeader
        title={`Edit ${template.name}`}
        description={`Version ${template.version}. A changed launch spec publishes a new version; everything else changes in place.`}
      />
      <TemplateForm
        mode="edit"
        initial={original}
        original={original}
        pending={update.isPending}
        error={update.error}
        onSubmit={submit}
        cancelTo={marketplacePath(template.id)}
      />
    </div>
  );
}
