import type { MarketplaceTemplate, MaintenanceStatus, Visibility } from './model';
import type { PublishRequest, TemplateSpecDto, UpdateRequest } from './types';

/** The server's fixed category taxonomy (marketplace Categories.ALL). */
export const CATEGORIES = [
  'development',
  'image-generation',
  'llm-inference',
  'training',
  'fine-tuning',
  'audio',
  'video',
  'data-science',
  'bioinformatics',
  'research',
  'other',
] as const;

export const ARCHITECTURES = ['x86_64', 'arm64'] as const;
export const PROTOCOLS = ['http', 'https', 'tcp', 'udp'] as const;

// List rows carry a key of their own so React keeps each row's inputs while others are removed.
let nextRowKey = 0;
function rowKey(): string {
  nextRowKey += 1;
  return `row-${nextRowKey}`;
}

export interface PortRow {
  key: string;
  port: string;
  protocol: string;
  label: string;
  health_path: string;
}

export interface EnvRow {
  key: string;
  name: string;
  value: string;
}

export interface VolumeRow {
  key: string;
  path: string;
}

/** The publish and edit form as typed: text stays text until it is sent. */
export interface TemplateFormValues {
  slug: string;
  name: string;
  description: string;
  category: string;
  /** Comma-separated. */
  tags: string;
  architectures: string[];
  /** Comma-separated. */
  regions: string;
  license: string;
  visibility: Visibility;
  maintenance_status: MaintenanceStatus;
  documentation_url: string;
  paper_doi: string;
  funding_source: string;
  readme: string;
  version: string;
  changelog: string;
  /** False when publishing from a deployment: its configuration is the spec. */
  specByHand: boolean;
  docker_image: string;
  launch_command: string;
  ports: PortRow[];
  env: EnvRow[];
  volumes: VolumeRow[];
  gpu_min_vram: string;
  gpu_recommended_vram: string;
  cuda_version: string;
  disk_gb: string;
  app_auth: string;
}

export function newPortRow(): PortRow {
  return { key: rowKey(), port: '', protocol: 'http', label: '', health_path: '' };
}

export function newEnvRow(): EnvRow {
  return { key: rowKey(), name: '', value: '' };
}

export function newVolumeRow(): VolumeRow {
  return { key: rowKey(), path: '' };
}

/** A blank publish form; with a deployment, its configuration stands in for the spec. */
export function emptyTemplateForm(fromDeployment = false): TemplateFormValues {
  return {
    slug: '',
    name: '',
    description: '',
    category: '',
    tags: '',
    architectures: ['x86_64'],
    regions: '',
    license: '',
    visibility: 'public',
    maintenance_status: 'active',
    documentation_url: '',
    paper_doi: '',
    funding_source: '',
    readme: '',
    version: '1.0.0',
    changelog: '',
    specByHand: !fromDeployment,
    docker_image: '',
    launch_command: '',
    ports: [newPortRow()],
    env: [],
    volumes: [],
    gpu_min_vram: '',
    gpu_recommended_vram: '',
    cuda_version: '',
    disk_gb: '',
    app_auth: 'portal_token',
  };
}

function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The edit form of a template, from its detail (readme and spec filled). */
export function templateFormOf(template: MarketplaceTemplate): TemplateFormValues {
  const spec = template.spec;
  return {
    ...emptyTemplateForm(),
    slug: template.slug,
    name: template.name,
    description: template.description,
    category: template.category,
    tags: template.tags.join(', '),
    architectures: [...template.architectures],
    regions: template.regions.join(', '),
    license: template.license ?? '',
    visibility: template.visibility,
    maintenance_status: template.maintenance_status,
    documentation_url: template.documentation_url ?? '',
    paper_doi: template.paper_doi ?? '',
    funding_source: template.funding_source ?? '',
    readme: template.readme ?? '',
    version: '',
    changelog: '',
    docker_image: spec?.docker_image ?? '',
    launch_command: spec?.launch_command ?? '',
    ports: (spec?.ports ?? []).map((port) => ({
      key: rowKey(),
      port: String(port.port),
      protocol: port.protocol,
      label: port.label,
      health_path: port.health_path ?? '',
    })),
    env: Object.entries(spec?.env ?? {}).map(([name, value]) => ({ key: rowKey(), name, value })),
    volumes: (spec?.volumes ?? []).map((path) => ({ key: rowKey(), path })),
    gpu_min_vram: numberText(spec?.gpu_min_vram ?? null),
    gpu_recommended_vram: numberText(spec?.gpu_recommended_vram ?? null),
    cuda_version: spec?.cuda_version ?? '',
    disk_gb: numberText(spec?.disk_gb ?? null),
    app_auth: spec?.app_auth ?? 'portal_token',
  };
}

/** "a, b,,c " -> ["a", "b", "c"] */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed ? trimmed : undefined;
}

/** A whole number as typed, NaN for anything else, undefined when empty. */
export function optionalInt(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function toSpecRequest(values: TemplateFormValues): TemplateSpecDto {
  return {
    docker_image: values.docker_image.trim(),
    launch_command: optionalText(values.launch_command),
    ports: values.ports.map((row) => ({
      port: optionalInt(row.port),
      protocol: row.protocol,
      label: optionalText(row.label),
      health_path: optionalText(row.health_path),
    })),
    env: Object.fromEntries(
      values.env.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]),
    ),
    volumes: values.volumes.map((row) => row.path.trim()).filter(Boolean),
    gpu_min_vram: optionalInt(values.gpu_min_vram),
    gpu_recommended_vram: optionalInt(values.gpu_recommended_vram),
    cuda_version: optionalText(values.cuda_version),
    disk_gb: optionalInt(values.disk_gb),
    app_auth: values.app_auth || undefined,
  };
}

function metadata(values: TemplateFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    category: values.category,
    tags: splitList(values.tags),
    architectures: values.architectures,
    regions: splitList(values.regions),
    license: optionalText(values.license),
    visibility: values.visibility,
    maintenance_status: values.maintenance_status,
    documentation_url: optionalText(values.documentation_url),
    paper_doi: optionalText(values.paper_doi),
    funding_source: optionalText(values.funding_source),
    readme: values.readme.trim() ? values.readme : undefined,
  };
}

export function toPublishRequest(
  values: TemplateFormValues,
  fromDeployment: string | null,
): PublishRequest {
  return {
    slug: values.slug.trim(),
    ...metadata(values),
    version: optionalText(values.version),
    changelog: optionalText(values.changelog),
    ...(values.specByHand || !fromDeployment ? { spec: toSpecRequest(values) } : {}),
    ...(fromDeployment ? { from_deployment: fromDeployment } : {}),
  };
}

/** Whether the form's spec differs from the one the template was loaded with. */
export function specChanged(values: TemplateFormValues, original: TemplateFormValues): boolean {
  return JSON.stringify(toSpecRequest(values)) !== JSON.stringify(toSpecRequest(original));
}

/**
 * An update: the metadata, and the spec with a version and changelog only when the spec changed
 * (an unchanged spec publishes no version).
 */
export function toUpdateRequest(
  values: TemplateFormValues,
  original: TemplateFormValues,
): UpdateRequest {
  const request: UpdateRequest = metadata(values);
  if (specChanged(values, original)) {
    request.spec = toSpecRequest(values);
    request.version = optionalText(values.version);
    request.changelog = optionalText(values.changelog);
  }
  return request;
}
