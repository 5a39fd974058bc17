import { Star } from 'lucide-react';

import { cn } from '@/lib/utils';

import { formatAverage } from './format';
import type { Rating } from './model';

/** Five stars, filled to the nearest half of `value`; decorative, the caller names the rating. */
export function Stars({ value, className }: { value: number; className?: string }) {
  const rounded = Math.round(value * 2) / 2;
  return (
    <span className={cn('inline-flex items-center', className)} aria-hidden="true">
      {[1, 2, 3, 4, 5].map((star) => {
        const fill = rounded >= star ? 'full' : rounded >= star - 0.5 ? 'half' : 'empty';
        return (
          <span key={star} className="relative inline-flex">
            <Star className="text-muted-foreground/40 size-3.5" />
            {fill !== 'empty' && (
              <span
                className={cn(
                  'absolute inset-0 overflow-hidden',
                  fill === 'half' ? 'w-1/2' : 'w-full',
                )}
              >
                <Star className="size-3.5 fill-amber-400 text-amber-400" />
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}

/** A template's average and how many reviews it rests on. */
export function RatingStars({ rating, className }: { rating: Rating; className?: string }) {
  if (rating.average === null || rating.count === 0) {
    return (
      <span className={cn('text-muted-foreground text-xs', className)} data-testid="rating">
        No reviews yet
      </span>
    );
  }
  const label = `Rated ${formatAverage(rating.average)} out of 5 from ${rating.count} ${rating.count === 1 ? 'review' : 'reviews'}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-testid="rating"
      className={cn('inline-flex items-center gap-1.5 text-xs', className)}
    >
      <Stars value={rating.average} />
      <span className="font-medium tabular-nums">{formatAverage(rating.average)}</span>
      <span className="text-muted-foreground tabular-nums">({rating.count})</span>
    </span>
  );
}
