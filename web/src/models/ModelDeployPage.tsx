import { ChevronDown, Download, LoaderCircle, Lock, Rocket } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { useAccessToken } from '@/auth/session';
import { CodeBlock } from '@/components/CodeBlock';
import { ErrorState } from '@/components/ErrorState';
import { FormField } from '@/components/FormField';
import { PageLoading } from '@/components/PageLoading';
import { SegmentedControl } from '@/components/SegmentedControl';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { describeError, fieldErrors } from '@/lib/api';
import { useDebounced } from '@/lib/use-debounced';

import { ClusterStatusBadge } from './ClusterStatusBadge';
import {
  applyCommands,
  initialForm,
  localErrors,
  manifestName,
  toConfig,
  type DynamoForm,
  type Mode,
  type PrefixCaching,
  type RouterMode,
} from './dynamo-form';
import { useClusters, useDeployModel, useManifestPreview, useModel } from './manifest-queries';
import { engineLabel, type Model } from './model';

const MODES = [
  { value: 'aggregated', label: 'Aggregated' },
  { value: 'disaggregated', label: 'Disaggregated' },
] as const;

const ROUTERS = [
  { value: 'none', label: 'None' },
  { value: 'kv', label: 'KV-aware' },
  { value: 'round-robin', label: 'Round robin' },
] as const;

/** `/deploy/<model id>`: the Dynamo deployment form with a live preview of its manifest. */
export function ModelDeployPage() {
  const id = useParams()['*'] ?? '';
  const model = useModel(id);
  if (model.isPending) return <PageLoading />;
  if (model.isError)
    return (
      <ErrorState
        title="This model could not be loaded"
        error={model.error}
        onRetry={() => void model.refetch()}
      />
    );
  return <DeployForm key={model.data.id} model={model.data} />;
}

function DeployForm({ model }: { model: Model }) {
  const [form, setForm] = useState<DynamoForm>(() =>
    initialForm(model.supported_engines[0] ?? 'vllm', model.gated),
  );
  const [advanced, setAdvanced] = useState(false);
  const set = <K extends keyof DynamoForm>(key: K, value: DynamoForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  const local = localErrors(form);
  const config = useMemo(() => toConfig(form), [form]);
  const settled = useDebounced(config);
  const preview = useManifestPreview(model.id, settled, Object.keys(local).length === 0);
  const deploy = useDeployModel();
  const errors = { ...fieldErrors(deploy.error), ...fieldErrors(preview.error), ...local };
  const yaml = preview.data;
  const name = form.name.trim() || manifestName(yaml) || '';
  const namespace = form.namespace.trim() || 'default';

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link to="/models" className="text-muted-foreground text-sm hover:underline">
          ← Models
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">Deploy {model.name}</h1>
          {model.gated && (
            <Badge variant="warning">
              <Lock aria-hidden="true" />
              Gated
            </Badge>
          )}
          <ClusterStatusBadge />
        </div>
        <p className="text-muted-foreground font-mono text-sm">{model.id}</p>
        <p className="text-muted-foreground max-w-3xl text-sm">
          {model.description} Served by NVIDIA Dynamo on Kubernetes: a frontend with an
          OpenAI-compatible API and {model.size || 'its'} model on GPU workers. Needs about{' '}
          {model.min_gpu_memory || 'some'} of GPU memory per worker.
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <Card>
          <CardHeader>
            <h2 className="font-semibold">Configuration</h2>
          </CardHeader>
          <CardContent className="space-y-5">
            <FormField
              id="dgd-name"
              label="Name"
              optional
              error={errors.name}
              hint="The DynamoGraphDeployment's name; generated from the model and engine when empty."
            >
              <Input
                id="dgd-name"
                value={form.name}
                placeholder={manifestName(yaml)}
                onChange={(e) => set('name', e.target.value)}
              />
            </FormField>
            <FormField id="dgd-namespace" label="Namespace" optional error={errors.namespace}>
              <Input
                id="dgd-namespace"
                value={form.namespace}
                placeholder="default"
                onChange={(e) => set('namespace', e.target.value)}
              />
            </FormField>
            <FormField id="dgd-engine" label="Engine" error={errors.engine}>
              <div id="dgd-engine">
                <SegmentedControl
                  label="Engine"
                  options={model.supported_engines.map((e) => ({
                    value: e,
                    label: engineLabel(e),
                  }))}
                  value={form.engine}
                  onChange={(value) => set('engine', value)}
                />
              </div>
            </FormField>
            <FormField
              id="dgd-mode"
              label="Mode"
              error={errors.mode}
              hint={
                form.mode === 'aggregated'
                  ? 'One kind of worker does prefill and decode.'
                  : 'Separate prefill and decode workers, with KV transfer between them (NIXL).'
              }
            >
              <div id="dgd-mode">
                <SegmentedControl
                  label="Mode"
                  options={MODES}
                  value={form.mode}
                  onChange={(value: Mode) => set('mode', value)}
                />
              </div>
            </FormField>
            <div className="grid gap-5 sm:grid-cols-2">
              <FormField
                id="dgd-replicas"
                label="Replicas"
                error={errors.replicas}
                hint="Workers of each kind, 1 to 10."
              >
                <Input
                  id="dgd-replicas"
                  inputMode="numeric"
                  value={form.replicas}
                  onChange={(e) => set('replicas', e.target.value)}
                />
              </FormField>
              <FormField
                id="dgd-gpus"
                label="GPUs per worker"
                error={errors.gpus_per_replica}
                hint="Tensor parallelism, 1 to 8."
              >
                <Input
                  id="dgd-gpus"
                  inputMode="numeric"
                  value={form.gpusPerReplica}
                  onChange={(e) => set('gpusPerReplica', e.target.value)}
                />
              </FormField>
            </div>
            <FormField
              id="dgd-secret"
              label="Hugging Face token secret"
              optional={!model.gated}
              error={errors.hf_token_secret}
              hint={
                model.gated
                  ? 'A Secret in the namespace with key HF_TOKEN: this model is gated.'
                  : 'A Secret with key HF_TOKEN; only gated models need one.'
              }
            >
              <Input
                id="dgd-secret"
                value={form.hfTokenSecret}
                onChange={(e) => set('hfTokenSecret', e.target.value)}
              />
            </FormField>
            <FormField
              id="dgd-router"
              label="Router"
              error={errors.router_mode}
              hint={
                form.routerMode === 'kv'
                  ? 'Requests go to the worker holding their prefix in its KV cache; workers publish KV events.'
                  : undefined
              }
            >
              <div id="dgd-router">
                <SegmentedControl
                  label="Router"
                  options={ROUTERS}
                  value={form.routerMode}
                  onChange={(value: RouterMode) => set('routerMode', value)}
                />
              </div>
            </FormField>

            <button
              type="button"
              aria-expanded={advanced}
              onClick={() => setAdvanced((open) => !open)}
              className="text-primary flex items-center gap-1 text-sm font-medium"
            >
              <ChevronDown
                aria-hidden="true"
                className={advanced ? 'size-4 rotate-180 transition-transform' : 'size-4'}
              />
              Advanced options
            </button>
            {advanced && (
              <div className="space-y-5" data-testid="advanced-options">
                <FormField
                  id="dgd-served"
                  label="Served model name"
                  optional
                  error={errors.served_model_name}
                >
                  <Input
                    id="dgd-served"
                    value={form.servedModelName}
                    placeholder={model.id}
                    onChange={(e) => set('servedModelName', e.target.value)}
                  />
                </FormField>
                <div className="grid gap-5 sm:grid-cols-2">
                  <FormField
                    id="dgd-context"
                    label="Context length"
                    optional
                    error={errors.context_length}
                  >
                    <Input
                      id="dgd-context"
                      inputMode="numeric"
                      value={form.contextLength}
                      placeholder={model.context_length ? String(model.context_length) : undefined}
                      onChange={(e) => set('contextLength', e.target.value)}
                    />
                  </FormField>
                  <FormField
                    id="dgd-memory"
                    label="Memory limit"
                    optional
                    error={errors.memory}
                    hint="A Kubernetes quantity, e.g. 32Gi."
                  >
                    <Input
                      id="dgd-memory"
                      value={form.memory}
                      onChange={(e) => set('memory', e.target.value)}
                    />
                  </FormField>
                </div>
                <FormField id="dgd-prefix" label="Prefix caching" error={errors.prefix_caching}>
                  <NativeSelect
                    id="dgd-prefix"
                    value={form.prefixCaching}
                    onChange={(e) => set('prefixCaching', e.target.value as PrefixCaching)}
                  >
                    <option value="default">Engine default</option>
                    <option value="on">On</option>
                    <option value="off">Off</option>
                  </NativeSelect>
                </FormField>
                <div className="space-y-2">
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={form.enforceEager}
                      onChange={(e) => set('enforceEager', e.target.checked)}
                    />
                    Enforce eager mode (no CUDA graphs: starts faster, serves slower)
                  </label>
                  {errors.enforce_eager && (
                    <p className="text-destructive text-sm" data-testid="field-error">
                      {errors.enforce_eager}
                    </p>
                  )}
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={form.trustRemoteCode}
                      onChange={(e) => set('trustRemoteCode', e.target.checked)}
                    />
                    Trust remote code (runs the model repository&apos;s Python)
                  </label>
                </div>
                <FormField
                  id="dgd-extra"
                  label="Extra engine arguments"
                  optional
                  error={Object.entries(errors)
                    .filter(([field]) => field.startsWith('extra_engine_args'))
                    .map(([, message]) => message)
                    .join('; ')}
                  hint="Flags for the engine, as on its command line: --max-num-seqs 64"
                >
                  <Textarea
                    id="dgd-extra"
                    rows={2}
                    className="font-mono text-sm"
                    value={form.extraEngineArgs}
                    onChange={(e) => set('extraEngineArgs', e.target.value)}
                  />
                </FormField>
              </div>
            )}
          </CardContent>
        </Card>

        <div className="space-y-4">
          <DeployCard
            model={model}
            config={config}
            ready={Boolean(yaml) && !preview.isError && Object.keys(local).length === 0}
            deploy={deploy}
          />
          <Card>
            <CardHeader className="flex flex-row items-center justify-between gap-2">
              <h2 className="font-semibold">Manifest</h2>
              {yaml && (
                <Button
                  variant="outline"
                  size="sm"
                  onClick={() => download(`${name || 'dynamo'}.yaml`, yaml)}
                >
                  <Download aria-hidden="true" />
                  Download
                </Button>
              )}
            </CardHeader>
            <CardContent className="space-y-3" aria-live="polite">
              {preview.isError && (
                <p className="text-destructive text-sm" data-testid="preview-error">
                  {describeError(preview.error)}
                </p>
              )}
              {yaml ? (
                <div
                  data-testid="manifest-preview"
                  className={preview.isError || preview.isFetching ? 'opacity-60' : undefined}
                >
                  <CodeBlock code={yaml} label="manifest" />
                </div>
              ) : (
                !preview.isError && <p className="text-muted-foreground text-sm">Preparing…</p>
              )}
              <p className="text-muted-foreground text-xs">
                A nvidia.com/v1alpha1 DynamoGraphDeployment, checked against the operator&apos;s
                admission rules and the CRD&apos;s schema.
              </p>
            </CardContent>
          </Card>
          {yaml && name && (
            <Card>
              <CardHeader>
                <h2 className="font-semibold">Or apply it yourself</h2>
              </CardHeader>
              <CardContent className="space-y-3 text-sm">
                <p className="text-muted-foreground">
                  With kubectl, on any cluster where the Dynamo operator runs:
                </p>
                <CodeBlock
                  label="commands"
                  code={applyCommands(name, namespace, form.hfTokenSecret.trim(), model.id)}
                />
              </CardContent>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}

interface DeployCardProps {
  model: Model;
  config: ReturnType<typeof toConfig>;
  ready: boolean;
  deploy: ReturnType<typeof useDeployModel>;
}

/** Deploys the previewed manifest onto a configured cluster and opens the new deployment. */
function DeployCard({ model, config, ready, deploy }: DeployCardProps) {
  const signedIn = useAccessToken() !== null;
  const navigate = useNavigate();
  const clusters = useClusters();
  const names = (clusters.data ?? []).map((cluster) => cluster.name ?? '').filter(Boolean);
  const [cluster, setCluster] = useState('');
  const chosen = cluster || names[0] || '';

  return (
    <Card data-testid="deploy-card">
      <CardHeader>
        <h2 className="font-semibold">Deploy</h2>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {names.length > 1 && (
          <FormField id="dgd-cluster" label="Cluster">
            <NativeSelect
              id="dgd-cluster"
              value={chosen}
              onChange={(e) => setCluster(e.target.value)}
            >
              {names.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        )}
        {signedIn ? (
          <Button
            className="w-full"
            disabled={!ready || deploy.isPending}
            data-testid="deploy-model"
            onClick={() =>
              deploy.mutate(
                { model_id: model.id, target: 'kubernetes', cluster: chosen || undefined, config },
                { onSuccess: (deployment) => void navigate(`/deployments/${deployment.id}`) },
              )
            }
          >
            {deploy.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <Rocket aria-hidden="true" />
            )}
            {deploy.isPending ? 'Deploying…' : `Deploy to ${chosen || 'the cluster'}`}
          </Button>
        ) : (
          <Button asChild className="w-full" variant="outline">
            <Link to={`/login?next=${encodeURIComponent(`/deploy/${model.id}`)}`}>
              Sign in to deploy
            </Link>
          </Button>
        )}
        {deploy.isError && (
          <p className="text-destructive" role="alert" data-testid="deploy-error">
            {describeError(deploy.error)}
          </p>
        )}
        <p className="text-muted-foreground text-xs">
          Dumont creates the DynamoGraphDeployment, follows its pods until the workers are ready,
          and lets you try the model from the deployment&apos;s page.
        </p>
      </CardContent>
    </Card>
  );
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
