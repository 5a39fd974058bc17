/** "image-generation" -> "Image generation" */
export function humanize(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "$0.35–$0.60/h", or a single price when both ends agree. */
export function formatHourlyRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null && min !== max) {
    return `${usd.format(min)}–${usd.format(max)}/h`;
  }
  const only = min ?? max;
  return only === null ? '—' : `${usd.format(only)}/h`;
}

/** 131072 -> "128K", 8000 -> "8K", 512 -> "512" */
export function formatTokenCount(tokens: number): string {
  if (tokens >= 1024 * 1024) return `${Math.round(tokens / (1024 * 1024))}M`;
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  if (tokens >= 1000) return `${Math.round(tokens / 1000)}K`;
  return String(tokens);
}
