import type { DynamoDeploymentConfig } from '@/lib/api';

export type Mode = 'aggregated' | 'disaggregated';
export type RouterMode = 'none' | 'kv' | 'round-robin';
export type PrefixCaching = 'default' | 'on' | 'off';

/** The deploy form as typed: strings where people type, so a half-typed number is not lost. */
export interface DynamoForm {
  name: string;
  namespace: string;
  engine: string;
  mode: Mode;
  replicas: string;
  hfTokenSecret: string;
  routerMode: RouterMode;
  servedModelName: string;
  contextLength: string;
  enforceEager: boolean;
  prefixCaching: PrefixCaching;
  trustRemoteCode: boolean;
  extraEngineArgs: string;
  gpusPerReplica: string;
  memory: string;
}

export function initialForm(engine: string, gated: boolean): DynamoForm {
  return {
    name: '',
    namespace: '',
    engine,
    mode: 'aggregated',
    replicas: '1',
    hfTokenSecret: gated ? 'hf-token-secret' : '',
    routerMode: 'none',
    servedModelName: '',
    contextLength: '',
    enforceEager: false,
    prefixCaching: 'default',
    trustRemoteCode: false,
    extraEngineArgs: '',
    gpusPerReplica: '1',
    memory: '',
  };
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function whole(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isInteger(n) ? n : undefined;
}

const NUMBER_FIELDS = [
  ['replicas', 'replicas'],
  ['contextLength', 'context_length'],
  ['gpusPerReplica', 'gpus_per_replica'],
] as const;

/**
 * What the browser can tell before asking the server: numbers that are not whole numbers (the
 * server would refuse the whole request as unreadable). Keyed by the API's field names.
 */
export function localErrors(form: DynamoForm): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, field] of NUMBER_FIELDS) {
    const value = form[key].trim();
    if (value !== '' && !Number.isInteger(Number(value))) errors[field] = 'must be a whole number';
  }
  return errors;
}

/**
 * Extra engine args, one token per item: split on white space, but a quoted part (a JSON value for
 * `--kv-events-config`, say) stays one token, as a shell would keep it.
 */
export function splitArgs(value: string): string[] {
  const tokens: string[] = [];
  const pattern = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const match of value.matchAll(pattern)) {
    tokens.push(match[1] ?? match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? '');
  }
  return tokens;
}

/** The request the form stands for; blank fields are left out so the server's defaults apply. */
export function toConfig(form: DynamoForm): DynamoDeploymentConfig {
  const args = splitArgs(form.extraEngineArgs);
  return {
    name: text(form.name),
    namespace: text(form.namespace),
    engine: form.engine,
    mode: form.mode,
    replicas: whole(form.replicas),
    hf_token_secret: text(form.hfTokenSecret),
    router_mode: form.routerMode,
    served_model_name: text(form.servedModelName),
    context_length: whole(form.contextLength),
    enforce_eager: form.enforceEager || undefined,
    prefix_caching: form.prefixCaching === 'default' ? undefined : form.prefixCaching === 'on',
    trust_remote_code: form.trustRemoteCode || undefined,
    extra_engine_args: args.length > 0 ? args : undefined,
    gpus_per_replica: whole(form.gpusPerReplica),
    memory: text(form.memory),
  };
}

/** `metadata.name` of a manifest preview, to show the generated name in the empty name field. */
export function manifestName(yaml: string | undefined): string | undefined {
  return yaml?.match(/^ {2}name: "?([^"\n]+)"?$/m)?.[1];
}

/** The commands that take the manifest to a cluster and ask the model something. */
export function applyCommands(name: string, namespace: string, secret: string, model: string) {
  const lines: string[] = [];
  if (secret) {
    lines.push(
      `kubectl create secret generic ${secret} --from-literal=HF_TOKEN="$HF_TOKEN" -n ${namespace}`,
    );
  }
  lines.push(`kubectl apply -f ${name}.yaml`);
  lines.push(`kubectl get dgd ${name} -n ${namespace} -w`);
  lines.push(`kubectl port-forward svc/${name}-frontend 8000:8000 -n ${namespace}`);
  lines.push(
    `curl localhost:8000/v1/chat/completions -H 'Content-Type: application/json' \\\n  -d '{"model":"${model}","messages":[{"role":"user","content":"Hello"}]}'`,
  );
  return lines.join('\n');
}
