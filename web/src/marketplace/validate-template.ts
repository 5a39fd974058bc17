import {
  ARCHITECTURES,
  CATEGORIES,
  optionalInt,
  PROTOCOLS,
  specChanged,
  splitList,
  type TemplateFormValues,
} from './template-form';

// The publishing pipeline's rules (server PublishingPipeline), checked as the author types. The
// server checks them again and answers 422 with the same field names, so both land on the same
// fields: `slug`, `spec.ports[0].port`, `spec.env.HF_TOKEN`, `spec.volumes[1]`…
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const TAG = /^[a-z0-9][a-z0-9+.-]{0,29}$/;
const REGION = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const SECRET_NAME = /TOKEN|KEY|PASSWORD|PASSWD|SECRET|CREDENTIAL/;
const PLACEHOLDER = /^(?:<[^<>]{1,60}>|\$\{[A-Za-z_][A-Za-z0-9_]*\})$/;
const VOLUME = /^\/[^\s:]+$/;
const DOI = /^10\.\d{4,9}\/\S{1,180}$/;
const CUDA = /^\d{1,2}\.\d{1,2}$/;
const LICENSE = /^[A-Za-z0-9][A-Za-z0-9.+ -]{0,59}$/;
const SEMVER = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})(-[0-9A-Za-z.-]{1,20})?$/;
/** The distribution reference grammar: registry[:port]/path[:tag][@digest], lowercase repository. */
const IMAGE = new RegExp(
  '^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?/)?' +
    '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*' +
    '(?::(?:[\\w][\\w.-]{0,127}|@vastai-automatic-tag))?(?:@sha256:[a-f0-9]{64})?$',
);

export const LIMITS = {
  readme: 60_000,
  changelog: 4000,
  launchCommand: 4000,
  tags: 10,
  regions: 20,
  ports: 20,
  env: 50,
  volumes: 10,
} as const;

/** Error messages by the request field they are about, as the server names them. */
export type TemplateErrors = Record<string, string>;

/** Names like *TOKEN*, *KEY*, *PASSWORD* or *SECRET*: values must not be published. */
export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name.toUpperCase());
}

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

function httpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function inRange(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max;
}

interface ValidateOptions {
  /** Publishing names a slug; editing cannot change it. */
  mode: 'publish' | 'edit';
  /** The form an edit started from: a changed spec needs a changelog. */
  original?: TemplateFormValues;
}

export function validateTemplate(
  values: TemplateFormValues,
  { mode, original }: ValidateOptions,
): TemplateErrors {
  const errors: TemplateErrors = {};
  const fail = (field: string, message: string) => {
    if (!(field in errors)) errors[field] = message;
  };

  const slug = values.slug.trim();
  if (mode === 'publish' && !slug) fail('slug', 'Pick a slug, such as my-comfyui');
  else if (mode === 'publish' && !SLUG.test(slug)) {
    fail('slug', '1–64 lowercase letters, digits and dashes, not starting or ending with a dash');
  }
  const name = values.name.trim();
  if (!name) fail('name', 'Give it a name');
  else if (name.length < 3 || name.length > 120) fail('name', '3 to 120 characters');
  const description = values.description.trim();
  if (!description) fail('description', 'Say what it runs, in a sentence or two');
  else if (description.length < 10 || description.length > 2000) {
    fail('description', '10 to 2000 characters');
  }
  if (!(CATEGORIES as readonly string[]).includes(values.category))
    fail('category', 'Pick a category');

  const tags = splitList(values.tags);
  if (tags.length > LIMITS.tags) fail('tags', `At most ${LIMITS.tags} tags`);
  const badTag = tags.find((tag) => !TAG.test(tag));
  if (badTag) {
    fail('tags', `“${badTag}”: lowercase letters, digits, '+', '.', '-'; at most 30 characters`);
  }

  if (
    values.architectures.length === 0 ||
    !values.architectures.every((arch) => (ARCHITECTURES as readonly string[]).includes(arch))
  ) {
    fail('architectures', 'Pick x86_64, arm64 or both');
  }
  const regions = splitList(values.regions);
  if (regions.length > LIMITS.regions) fail('regions', `At most ${LIMITS.regions} regions`);
  const badRegion = regions.find((region) => !REGION.test(region));
  if (badRegion) fail('regions', `“${badRegion}” is not a region code such as US or eu-west`);

  const license = values.license.trim();
  if (license && !LICENSE.test(license))
    fail('license', 'An SPDX identifier such as MIT or Apache-2.0');
  const docs = values.documentation_url.trim();
  if (docs && (docs.length > 500 || !httpUrl(docs))) {
    fail('documentation_url', 'An http(s) URL of at most 500 characters');
  }
  const doi = values.paper_doi.trim();
  if (doi && !DOI.test(doi)) fail('paper_doi', 'A DOI such as 10.1038/s41586-024-00001-x');
  if (values.funding_source.trim().length > 300) fail('funding_source', 'At most 300 characters');
  if (values.readme.length > LIMITS.readme) {
    fail('readme', `At most ${LIMITS.readme.toLocaleString('en-US')} characters`);
  }

  const version = values.version.trim();
  if (version && !SEMVER.test(version)) fail('version', 'A semantic version such as 1.2.0');
  if (values.changelog.length > LIMITS.changelog) {
    fail('changelog', `At most ${LIMITS.changelog} characters`);
  }
  if (mode === 'edit' && original && specChanged(values, original) && !values.changelog.trim()) {
    fail('changelog', 'Say what changed: a new launch spec publishes a new version');
  }

  if (values.specByHand) validateSpec(values, fail);
  return errors;
}

function validateSpec(values: TemplateFormValues, fail: (field: string, message: string) => void) {
  const image = values.docker_image.trim();
  if (!image) fail('spec.docker_image', 'The Docker image to run, such as ghcr.io/org/app:1.2');
  else if (image.length > 300 || !IMAGE.test(image)) {
    fail(
      'spec.docker_image',
      'An image reference such as ghcr.io/org/app:1.2 (lowercase repository)',
    );
  }
  if (values.launch_command.length > LIMITS.launchCommand) {
    fail('spec.launch_command', `At most ${LIMITS.launchCommand} characters`);
  }

  if (values.ports.length === 0 || values.ports.length > LIMITS.ports) {
    fail('spec.ports', `1 to ${LIMITS.ports} ports`);
  }
  const seenPorts = new Set<number>();
  values.ports.forEach((row, index) => {
    const field = `spec.ports[${index}]`;
    const port = optionalInt(row.port);
    if (!inRange(port, 1, 65535)) fail(`${field}.port`, 'A port from 1 to 65535');
    else if (seenPorts.has(port!)) fail(`${field}.port`, `Port ${port} is listed twice`);
    else seenPorts.add(port!);
    if (!(PROTOCOLS as readonly string[]).includes(row.protocol)) {
      fail(`${field}.protocol`, 'http, https, tcp or udp');
    }
    if (row.label.trim().length > 40) fail(`${field}.label`, 'At most 40 characters');
    const health = row.health_path.trim();
    if (health && (!health.startsWith('/') || health.length > 200 || /\s/.test(health))) {
      fail(`${field}.health_path`, 'A path starting with /, without spaces');
    }
  });

  if (values.env.length > LIMITS.env) fail('spec.env', `At most ${LIMITS.env} variables`);
  const seenNames = new Set<string>();
  values.env.forEach((row, index) => {
    const name = row.name.trim();
    if (!name) {
      if (row.value) fail(`spec.env[${index}]`, 'Name the variable');
      return;
    }
    if (seenNames.has(name)) {
      fail(`spec.env[${index}]`, `${name} is set twice`);
      return;
    }
    seenNames.add(name);
    const field = `spec.env.${name}`;
    if (!ENV_NAME.test(name)) {
      fail(field, 'A variable name: letters, digits and _, not starting with a digit');
    } else if (row.value.length > 1000) {
      fail(field, 'A value of at most 1000 characters');
    } else if (looksSecret(name) && row.value && !isPlaceholder(row.value)) {
      fail(
        field,
        'Looks like a secret: leave it empty or a placeholder such as <your-token>; people set it when they deploy',
      );
    }
  });

  if (values.volumes.length > LIMITS.volumes)
    fail('spec.volumes', `At most ${LIMITS.volumes} volumes`);
  const seenVolumes = new Set<string>();
  values.volumes.forEach((row, index) => {
    const path = row.path.trim();
    if (!VOLUME.test(path) || path.length > 200) {
      fail(`spec.volumes[${index}]`, 'An absolute container path such as /workspace (not /)');
    } else if (seenVolumes.has(path)) {
      fail(`spec.volumes[${index}]`, `${path} is listed twice`);
    } else {
      seenVolumes.add(path);
    }
  });

  const min = optionalInt(values.gpu_min_vram);
  const recommended = optionalInt(values.gpu_recommended_vram);
  if (!inRange(min, 1, 192))
    fail('spec.gpu_min_vram', 'The least GPU memory it needs: 1 to 192 GB');
  if (recommended !== undefined && !inRange(recommended, 1, 192)) {
    fail('spec.gpu_recommended_vram', '1 to 192 GB');
  } else if (
    recommended !== undefined &&
    min !== undefined &&
    inRange(min, 1, 192) &&
    recommended < min
  ) {
    fail('spec.gpu_recommended_vram', `At least the minimum (${min} GB)`);
  }
  const cuda = values.cuda_version.trim();
  if (cuda && !CUDA.test(cuda)) fail('spec.cuda_version', 'A CUDA version such as 12.1');
  const disk = optionalInt(values.disk_gb);
  if (disk !== undefined && !inRange(disk, 10, 2048)) fail('spec.disk_gb', '10 to 2048 GB');
}
