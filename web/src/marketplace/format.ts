const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 1234 -> "1.2K", 12 -> "12" */
export function formatCount(count: number): string {
  return compact.format(count);
}

/** "1 launch", "1.2K launches" */
export function formatLaunches(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'launch' : 'launches'}`;
}

/** 4.25 -> "4.3" */
export function formatAverage(average: number): string {
  return average.toFixed(1);
}

/** Seconds as a person says them: "45 s", "3 min 20 s", "1 h 5 min". */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) {
    const rest = total % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "Mar 4, 2026", or null for a missing or malformed instant. */
export function formatDate(iso: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? null
    : date.toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A calendar day ("2026-03-04") as "Mar 4". */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Only http(s) URLs become links: a `javascript:` URL from user input never does. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The resolver address of a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
