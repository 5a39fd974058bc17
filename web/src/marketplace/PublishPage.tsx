import { ArrowLeft, Upload } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { SignInRequired } from '@/auth/SignInRequired';
import { PageHeader } from '@/components/PageHeader';
import { useDeployment } from '@/deployments/queries';

import { marketplacePath } from './model';
import { usePublish } from './queries';
import { emptyTemplateForm, toPublishRequest, type TemplateFormValues } from './template-form';
import { TemplateForm } from './TemplateForm';

export function PublishPage() {
  const signedIn = useAccessToken() !== null;
  const [searchParams] = useSearchParams();
  const fromDeployment = searchParams.get('from_deployment');

  return (
    <div className="max-w-3xl space-y-6">
      <title>Publish a template · Dumont</title>
      <Link
        to="/marketplace"
        className="text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 inline-flex items-center gap-1.5 rounded-sm text-sm outline-none focus-visible:ring-[3px]"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Marketplace
      </Link>
      <PageHeader
        title="Publish a template"
        description="Share a GPU workload. Dumont checks it before it is listed and shows the report on its page."
      />
      {signedIn ? (
        <PublishForm key={fromDeployment ?? ''} fromDeployment={fromDeployment} />
      ) : (
        <SignInRequired
          icon={Upload}
          title="Sign in to publish"
          description="Templates belong to the account that publishes them."
        />
      )}
    </div>
  );
}

function PublishForm({ fromDeployment }: { fromDeployment: string | null }) {
  const navigate = useNavigate();
  const publish = usePublish();
  const [initial] = useState(() => emptyTemplateForm(fromDeployment !== null));

  function submit(values: TemplateFormValues) {
    publish.mutate(toPublishRequest(values, fromDeployment), {
      onSuccess: (template) => void navigate(marketplacePath(template.id)),
    });
  }

  return (
    <TemplateForm
      mode="publish"
      initial={initial}
      fromDeployment={fromDeployment ? <DeploymentNote id={fromDeployment} /> : undefined}
      pending={publish.isPending}
      error={publish.error}
      conflictField="slug"
      onSubmit={submit}
      cancelTo="/marketplace"
    />
  );
}

/** Which deployment the spec comes from, once it is loaded. */
function DeploymentNote({ id }: { id: string }) {
  const deployment = useDeployment(id);
  const data = deployment.data;
  return (
    <span data-testid="from-deployment">
      The image, command, ports, environment, volumes and GPU needs come from{' '}
      <Link to={`/deployments/${encodeURIComponent(id)}`} className="font-medium underline">
        {data
          ? `your ${data.template_name} deployment${data.gpu_name ? ` on ${data.gpu_name}` : ''}`
          : 'your deployment'}
      </Link>
      . Secrets you gave it are never copied.
    </span>
  );
}
