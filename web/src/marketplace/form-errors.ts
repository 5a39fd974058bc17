import type { EnvRow } from './template-form';

const LABELS: Record<string, string> = {
  slug: 'Slug',
  name: 'Name',
  description: 'Description',
  category: 'Category',
  tags: 'Tags',
  architectures: 'Architectures',
  regions: 'Regions',
  license: 'License',
  visibility: 'Visibility',
  maintenance_status: 'Maintenance status',
  documentation_url: 'Documentation URL',
  paper_doi: 'Paper DOI',
  funding_source: 'Funding source',
  readme: 'README',
  version: 'Version',
  changelog: 'Changelog',
  spec: 'Launch spec',
  from_deployment: 'Deployment',
  'spec.docker_image': 'Docker image',
  'spec.launch_command': 'Launch command',
  'spec.ports': 'Ports',
  'spec.env': 'Environment variables',
  'spec.volumes': 'Volumes',
  'spec.gpu_min_vram': 'Minimum VRAM',
  'spec.gpu_recommended_vram': 'Recommended VRAM',
  'spec.cuda_version': 'CUDA version',
  'spec.disk_gb': 'Disk size',
  'spec.app_auth': 'App access',
};

const PORT_PARTS: Record<string, string> = {
  port: 'number',
  protocol: 'protocol',
  label: 'label',
  health_path: 'health path',
};

/** A person's name for a request field: `spec.ports[1].port` is "Port 2 number". */
export function fieldLabel(field: string): string {
  if (field in LABELS) return LABELS[field];
  const port = /^spec\.ports\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (port) {
    const part = port[2] ? ` ${PORT_PARTS[port[2]] ?? port[2]}` : '';
    return `Port ${Number(port[1]) + 1}${part}`;
  }
  const envName = /^spec\.env\.(.+)$/.exec(field);
  if (envName) return `Environment variable ${envName[1]}`;
  const envRow = /^spec\.env\[(\d+)\]$/.exec(field);
  if (envRow) return `Environment variable ${Number(envRow[1]) + 1}`;
  const volume = /^spec\.volumes\[(\d+)\]$/.exec(field);
  if (volume) return `Volume ${Number(volume[1]) + 1}`;
  if (/^tags\[\d+\]$/.test(field)) return 'Tags';
  if (/^regions\[\d+\]$/.test(field)) return 'Regions';
  return field || 'Template';
}

/** The DOM id of a plain field's input. */
export function inputId(field: string): string {
  return `field-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export function envInputId(index: number, part: 'name' | 'value'): string {
  return `field-spec-env-${index}-${part}`;
}

/** Where to put the cursor for a field's error: env variables are found by name. */
export function focusTarget(field: string, env: EnvRow[]): string {
  const envName = /^spec\.env\.(.+)$/.exec(field);
  if (envName) {
    const index = env.findIndex((row) => row.name.trim() === envName[1]);
    return envInputId(Math.max(0, index), index < 0 ? 'name' : 'value');
  }
  const envRow = /^spec\.env\[(\d+)\]$/.exec(field);
  if (envRow) return envInputId(Number(envRow[1]), 'name');
  const listItem = /^(tags|regions)\[\d+\]$/.exec(field);
  if (listItem) return inputId(listItem[1]);
  if (field === 'spec.ports') return inputId('spec.ports[0].port');
  if (field === 'spec') return inputId('spec.docker_image');
  return inputId(field);
}

/** The id an input's aria-describedby names: its error when it has one, else its hint. */
export function describedBy(
  id: string,
  error: string | undefined,
  hint: boolean,
): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
