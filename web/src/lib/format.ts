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

/** 0.4213 -> "$0.42/h" */
export function formatHourly(price: number): string {
  return `${usd.format(price)}/h`;
}

/** Money spent, to the cent from $1 and to a hundredth of a cent below: 0.01234 -> "$0.0123", 12.3 -> "$12.30" */
export function formatCost(usdAmount: number): string {
  return `$${usdAmount.toFixed(usdAmount < 1 ? 4 : 2)}`;
}

/** 0.987 -> "98.7%" */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** A stopwatch: 65_000 -> "1:05", 3_723_000 -> "1:02:03"; negative spans count as zero. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** How long ago, coarsely: "just now", "4 min", "3 h", "2 d". */
export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** The milliseconds since an ISO instant, or null when it is missing or malformed. */
export function millisSince(iso: string | null, now: number): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : now - time;
}

/** "14:03:27" in the viewer's time zone. */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
