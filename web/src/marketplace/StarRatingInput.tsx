import { Star } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';

import { cn } from '@/lib/utils';

const STARS = [1, 2, 3, 4, 5] as const;

interface StarRatingInputProps {
  id: string;
  value: number;
  onChange: (value: number) => void;
  invalid: boolean;
  describedBy?: string;
}

/**
 * Picks 1 to 5 stars: a radio group of star buttons (test ids `review-rating-<n>`), moved through
 * with the arrow keys like any radio group.
 */
export function StarRatingInput({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: StarRatingInputProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function pick(star: number) {
    onChange(star);
    buttons.current[star - 1]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, star: number) {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    pick(Math.min(5, Math.max(1, star + step)));
  }

  return (
    <div
      id={id}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      tabIndex={-1}
      className="flex items-center gap-0.5 outline-none"
    >
      {STARS.map((star) => {
        const checked = value === star;
        // The checked star is the group's tab stop; with none checked, the first is.
        const tabbable = checked || (value === 0 && star === 1);
        return (
          <button
            key={star}
            ref={(element) => {
              buttons.current[star - 1] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={`${star} ${star === 1 ? 'star' : 'stars'}`}
            tabIndex={tabbable ? 0 : -1}
            data-testid={`review-rating-${star}`}
            onClick={() => pick(star)}
            onKeyDown={(event) => onKeyDown(event, star)}
            className="focus-visible:ring-ring/50 rounded-sm p-0.5 outline-none focus-visible:ring-[3px]"
          >
            <Star
              aria-hidden="true"
              className={cn(
                'size-6 transition-colors',
                star <= value ? 'fill-amber-400 text-amber-400' : 'text-muted-foreground/50',
              )}
            />
          </button>
        );
      })}
      {value > 0 && (
        <span className="text-muted-foreground ml-2 text-sm" aria-hidden="true">
          {value} of 5
        </span>
      )}
    </div>
  );
}
