import { cn } from '@/lib/utils';

import type { FacetValue } from './model';

interface FacetListProps {
  /** Names the group, e.g. "Tags". */
  title: string;
  values: FacetValue[];
  selected: string;
  onSelect: (value: string) => void;
  /** How to show a value, e.g. "x86_64" as is or a tag as is. */
  format?: (value: string) => string;
  /** At most this many values (the most frequent, as the server orders them). */
  limit?: number;
}

/**
 * One facet of the search: its values with how many matching templates have each. Picking the
 * selected value again clears it. The selected value stays listed even when no result has it.
 */
export function FacetList({
  title,
  values,
  selected,
  onSelect,
  format = (value) => value,
  limit = 12,
}: FacetListProps) {
  const shown = values.slice(0, limit);
  if (selected && !shown.some((facet) => facet.value === selected)) {
    shown.unshift({ value: selected, count: 0 });
  }
  const headingId = `facet-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-muted-foreground text-xs font-semibold uppercase">
        {title}
      </h3>
      {shown.length === 0 ? (
        <p className="text-muted-foreground text-sm">None in these results.</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5 lg:flex-col lg:gap-0.5">
          {shown.map((facet) => {
            const active = facet.value === selected;
            return (
              <li key={facet.value}>
                <button
                  type="button"
                  aria-pressed={active}
                  data-testid="facet-value"
                  data-facet={title.toLowerCase()}
                  onClick={() => onSelect(active ? '' : facet.value)}
                  className={cn(
                    'focus-visible:ring-ring/50 flex w-full items-center justify-between gap-3 rounded-md border px-2.5 py-1 text-left text-sm transition-colors outline-none focus-visible:ring-[3px] lg:border-transparent',
                    active
                      ? 'border-primary/60 bg-primary/15 text-foreground font-medium lg:border-primary/40'
                      : 'text-muted-foreground hover:bg-accent hover:text-accent-foreground',
                  )}
                >
                  <span className="truncate">{format(facet.value)}</span>
                  <span className="text-muted-foreground text-xs tabular-nums">{facet.count}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
