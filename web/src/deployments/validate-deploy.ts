import type { DeployRequest } from '@/lib/api';
import { ANY_OFFER, constraintFields, type OfferConstraintValues } from './offer-constraints';

export const MIN_DISK_GB = 10;
export const MAX_DISK_GB = 2048;
/** The server's bounds on an interruptible deploy's bid, in $/h. */
export const MIN_BID = 0.001;
export const MAX_BID = 128;
/** The server's limit on one environment value. */
const MAX_ENV_VALUE = 256;

export interface DeployValues {
  offerId: number | null;
  /** As typed, so a half-typed value can be shown and explained. */
  diskGb: string;
  hfToken: string;
  /** What to do when the host fails to boot; the server's default when absent. */
  strategy?: 'roundrobin' | 'race' | 'serverless' | 'coldstart';
  /** The bid in $/h as typed for an interruptible (spot) deploy; null or absent: on-demand. */
  bidPerHour?: string | null;
}

/**
 * What the deploy panel needs of a template. `ref` is what the deploy and offers endpoints take:
 * an official template's slug (the default) or any template's id.
 */
export interface DeployTarget {
  ref?: string;
  slug: string;
  name: string;
  /** The template's own disk size (0 when it names none). */
  disk_gb: number;
  env_vars: Record<string, string>;
}

export function deployRef(target: Pick<DeployTarget, 'ref' | 'slug'>): string {
  return target.ref ?? target.slug;
}

export type DeployErrors = Partial<Record<keyof DeployValues, string>>;

/** Templates that can pull gated Hugging Face models take an optional HF_TOKEN. */
export function takesHfToken(template: Pick<DeployTarget, 'slug' | 'env_vars'>): boolean {
  return template.slug === 'vllm' || 'HF_TOKEN' in template.env_vars;
}

/** A value the template's author left for the person deploying: empty, `<your-key>` or `${NAME}`. */
const PLACEHOLDER = /^(<[^<>]{1,60}>|\$\{[A-Za-z_][A-Za-z0-9_]*\})$/;
const SECRET_NAME = /TOKEN|KEY|PASSWORD|PASSWD|SECRET|CREDENTIAL/i;

/**
 * The template's variables to fill in at deploy time (HF_TOKEN has its own field). Left empty, the
 * server leaves them unset rather than passing the placeholder on.
 */
export function settingsToFill(template: Pick<DeployTarget, 'env_vars'>): string[] {
  return Object.entries(template.env_vars)
    .filter(([name, value]) => name !== 'HF_TOKEN' && (value === '' || PLACEHOLDER.test(value)))
    .map(([name]) => name)
    .sort();
}

/** Secret-looking names are typed like passwords. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Errors by variable name for the values typed so far. */
export function validateSettings(settings: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (value.length > MAX_ENV_VALUE) errors[name] = `At most ${MAX_ENV_VALUE} characters`;
    else if (/[\r\n]/.test(value)) errors[name] = 'One line only';
  }
  return errors;
}

/** The smallest disk the server accepts for a template: its own size, which holds its image and data. */
export function minDiskGb(template: Pick<DeployTarget, 'disk_gb'>): number {
  return Math.max(MIN_DISK_GB, template.disk_gb);
}

export function validateDeploy(values: DeployValues, minDisk: number = MIN_DISK_GB): DeployErrors {
  const errors: DeployErrors = {};
  if (values.offerId === null) errors.offerId = 'Pick a GPU to deploy on';

  const disk = values.diskGb.trim();
  if (!disk) errors.diskGb = 'Enter a disk size in GB';
  else if (!/^\d+$/.test(disk)) errors.diskGb = 'Enter a whole number of GB';
  else if (Number(disk) < minDisk || Number(disk) > MAX_DISK_GB) {
    errors.diskGb = `Disk size must be between ${minDisk} and ${MAX_DISK_GB} GB`;
  }

  const token = values.hfToken.trim();
  if (token.length > MAX_ENV_VALUE) {
    errors.hfToken = `A Hugging Face token is at most ${MAX_ENV_VALUE} characters`;
  } else if (/\s/.test(token)) {
    errors.hfToken = 'A Hugging Face token has no spaces';
  }

  if (isInterruptible(values)) {
    const bid = bidError(values.bidPerHour ?? '');
    if (bid) errors.bidPerHour = bid;
  }
  return errors;
}

/** A warm pool's instances are on-demand: the server refuses a bid with it. */
export function isInterruptible(values: Pick<DeployValues, 'bidPerHour' | 'strategy'>): boolean {
  return values.bidPerHour != null && values.strategy !== 'serverless';
}

/** Why a typed bid cannot be sent, or null when it can. */
export function bidError(typed: string): string | null {
  const text = typed.trim();
  if (!text) return 'Enter a bid in $/h';
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return 'Enter a bid in $/h, such as 0.25';
  const bid = Number(text);
  return bid < MIN_BID || bid > MAX_BID ? `A bid is between $${MIN_BID} and $${MAX_BID}/h` : null;
}

/** The request for valid values: the token and the settings only when given. */
export function toDeployRequest(
  values: DeployValues,
  settings: Record<string, string> = {},
  constraints: OfferConstraintValues = ANY_OFFER,
): DeployRequest {
  const token = values.hfToken.trim();
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (value.trim()) env[name] = value.trim();
  }
  if (token) env.HF_TOKEN = token;
  return {
    // A warm-pool member runs on its own offer: a picked one would rule the pool out.
    offer_id: values.strategy === 'serverless' ? undefined : (values.offerId ?? undefined),
    ...(values.strategy ? { strategy: values.strategy } : {}),
    disk_gb: Number(values.diskGb.trim()),
    ...(Object.keys(env).length > 0 ? { env } : {}),
    ...constraintFields(constraints),
    ...(isInterruptible(values) ? { bid_per_hour: Number(values.bidPerHour?.trim()) } : {}),
  };
}
