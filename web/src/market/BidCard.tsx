import { formatPrice, formatShare } from './format';
import type { BidSuggestion } from './model';

/** The suggested interruptible bid, its outbid risk and the ladder of other bids. */
export function BidCard({ bid }: { bid: BidSuggestion }) {
  if (bid.bidPerHour === null) {
    return (
      <p className="text-muted-foreground text-sm" data-testid="bid-suggestion">
        No interruptible prices observed in the last {Math.round(bid.windowHours / 24)} days.
      </p>
    );
  }
  return (
    <div className="space-y-3" data-testid="bid-suggestion">
      <p className="text-sm">
        Bid <strong className="tabular-nums">{formatPrice(bid.bidPerHour)}/h</strong> for an
        interruptible GPU: over the last {Math.round(bid.windowHours / 24)} days ({bid.samples}{' '}
        samples) that bid would have been outbid <strong>{formatShare(bid.outbidRisk)}</strong> of
        the time
        {bid.savings !== null && (
          <>
            , and costs <strong>{formatShare(bid.savings)}</strong> less than the median on-demand
            price ({formatPrice(bid.onDemandMedian)}/h)
          </>
        )}
        .
      </p>
      <ul className="text-muted-foreground flex flex-wrap gap-2 text-xs" aria-label="Other bids">
        {bid.ladder.map((option) => (
          <li key={option.bidPerHour} className="rounded-md border px-2 py-1 tabular-nums">
            {formatPrice(option.bidPerHour)}/h · {formatShare(option.outbidRisk)} outbid
          </li>
        ))}
      </ul>
      <p className="text-muted-foreground text-xs">
        The risk of a bid is the share of samples in which the cheapest interruptible offer asked
        more than it. Past prices do not promise future ones.
      </p>
    </div>
  );
}
