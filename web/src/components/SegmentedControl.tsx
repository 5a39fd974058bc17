import { cn } from '@/lib/utils';

interface SegmentedControlProps<T extends string> {
  /** Names the group for assistive technology, e.g. "Required VRAM". */
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** One choice among a few: each segment is a button whose text is its accessible name. */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
}: SegmentedControlProps<T>) {
  return (
    <div
      role="group"
      aria-label={label}
      className="bg-muted/60 inline-flex w-full rounded-lg border p-1 sm:w-auto"
    >
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={selected}
            onClick={() => onChange(option.value)}
            className={cn(
              'focus-visible:ring-ring/50 h-7 flex-1 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors outline-none focus-visible:ring-[3px] sm:flex-none',
              selected
                ? 'bg-background text-foreground shadow-sm dark:bg-slate-700/80'
                : 'text-muted-foreground hover:text-foreground',
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
