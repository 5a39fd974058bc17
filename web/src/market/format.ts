const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 3,
});

/** 0.4213 -> "$0.421"; null -> "—" */
export function formatPrice(value: number | null): string {
  return value === null ? '—' : usd.format(value);
}

/** 0.093 -> "9%"; null -> "—" */
export function formatShare(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
