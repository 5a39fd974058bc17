import type { DeployRequest, QueryParams } from '@/lib/api';

/** The regions the server knows (`OfferRegion`), in the order a person scans them. */
export const REGIONS = [
  { value: 'north_america', label: 'North America' },
  { value: 'europe', label: 'Europe' },
  { value: 'asia_pacific', label: 'Asia-Pacific' },
  { value: 'south_america', label: 'South America' },
  { value: 'africa_middle_east', label: 'Africa / Middle East' },
] as const;

export type Region = (typeof REGIONS)[number]['value'];

/** What the user allows an offer to be; the offer list and the deploy both use it. */
export interface OfferConstraintValues {
  /** '' for anywhere. */
  region: Region | '';
  verifiedOnly: boolean;
  /** As typed; '' for any price. */
  maxPrice: string;
}

export const ANY_OFFER: OfferConstraintValues = { region: '', verifiedOnly: true, maxPrice: '' };

export const MIN_PRICE = 0.01;
export const MAX_PRICE = 1000;

/** Why the typed maximum price cannot be used, or undefined when it can (or is empty). */
export function maxPriceError(maxPrice: string): string | undefined {
  const text = maxPrice.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return 'Enter a price in $/h, e.g. 0.50';
  if (value < MIN_PRICE || value > MAX_PRICE) {
    return `A maximum between $${MIN_PRICE} and $${MAX_PRICE}/h`;
  }
  return undefined;
}

/** The maximum price to apply: null when empty or not a usable number. */
export function maxPriceValue(maxPrice: string): number | null {
  return maxPrice.trim() && !maxPriceError(maxPrice) ? Number(maxPrice.trim()) : null;
}

/** The offers endpoint's query for these constraints; the defaults are left out. */
export function offerQueryParams(constraints: OfferConstraintValues): QueryParams {
  return {
    region: constraints.region || undefined,
    verified_only: constraints.verifiedOnly ? undefined : 'false',
    max_price: maxPriceValue(constraints.maxPrice) ?? undefined,
  };
}

/** The deploy request's constraint fields; the defaults are left out. */
export function constraintFields(
  constraints: OfferConstraintValues,
): Pick<DeployRequest, 'region' | 'verified_only' | 'max_price_per_hour'> {
  const maxPrice = maxPriceValue(constraints.maxPrice);
  return {
    ...(constraints.region ? { region: constraints.region } : {}),
    ...(constraints.verifiedOnly ? {} : { verified_only: false }),
    ...(maxPrice !== null ? { max_price_per_hour: maxPrice } : {}),
  };
}

export function regionLabel(region: string | null | undefined): string | null {
  return REGIONS.find((r) => r.value === region)?.label ?? null;
}
