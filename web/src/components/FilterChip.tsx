import type { ComponentProps } from 'react';

import { cn } from '@/lib/utils';

type FilterChipProps = Omit<ComponentProps<'button'>, 'type'> & { selected: boolean };

/** A toggle button for one filter value; its text is its accessible name. */
export function FilterChip({ selected, className, ...props }: FilterChipProps) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      className={cn(
        'focus-visible:ring-ring/50 inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium whitespace-nowrap transition-colors outline-none focus-visible:ring-[3px]',
        selected
          ? 'border-primary/60 bg-primary/15 text-foreground'
          : 'text-muted-foreground hover:bg-accent hover:text-accent-foreground',
        className,
      )}
      {...props}
    />
  );
}
