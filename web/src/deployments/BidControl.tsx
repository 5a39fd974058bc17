import { TriangleAlert } from 'lucide-react';

import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { isApiError } from '@/lib/api';
import { formatHourly } from '@/lib/format';
import { formatPrice, formatShare } from '@/market/format';

import { gpuLabel, type Offer } from './deployment';
import type { BidDraft } from './use-bid';
import { MAX_BID, MIN_BID } from './validate-deploy';

const BID_INPUT_ID = 'deploy-bid';

interface BidControlProps {
  offer: Offer | undefined;
  on: boolean;
  onOnChange: (on: boolean) => void;
  /** Why bidding is not possible now (the warm-pool strategy); null when it is. */
  disabledReason: string | null;
  draft: BidDraft;
  error: string | undefined;
}

/**
 * "Interruptible (spot)": rents the GPU at a bid instead of its on-demand price, prefilled with
 * the market's suggestion for the offer's GPU model, with its outbid risk and what it saves.
 */
export function BidControl({
  offer,
  on,
  onOnChange,
  disabledReason,
  draft,
  error,
}: BidControlProps) {
  const active = on && disabledReason === null;
  return (
    <div className="bg-muted/40 space-y-3 rounded-lg border p-3" data-testid="bid-control">
      <div className="flex items-center justify-between gap-3">
        <Label htmlFor="deploy-interruptible" className="text-sm font-normal">
          <span>
            <span className="font-medium">Interruptible (spot)</span>
            <span className="text-muted-foreground block text-xs" data-testid="bid-hint">
              {disabledReason ??
                'Bid for the GPU instead of paying its on-demand price: cheaper, but a higher bid can take it.'}
            </span>
          </span>
        </Label>
        <Switch
          id="deploy-interruptible"
          checked={active}
          disabled={disabledReason !== null}
          onCheckedChange={onOnChange}
        />
      </div>
      {active && <BidField offer={offer} draft={draft} error={error} />}
    </div>
  );
}

function BidField({
  offer,
  draft,
  error,
}: {
  offer: Offer | undefined;
  draft: BidDraft;
  error: string | undefined;
}) {
  const bid = Number(draft.value);
  const saving =
    offer && draft.value && Number.isFinite(bid) && offer.price_per_hour > 0
      ? 1 - bid / offer.price_per_hour
      : null;
  return (
    <div className="space-y-2">
      <Label htmlFor={BID_INPUT_ID}>Bid ($/h)</Label>
      <Input
        id={BID_INPUT_ID}
        type="number"
        inputMode="decimal"
        min={MIN_BID}
        max={MAX_BID}
        step={0.001}
        placeholder={draft.suggestion.isPending ? 'Looking up the market…' : undefined}
        value={draft.value}
        onChange={(event) => draft.setValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${BID_INPUT_ID}-${error ? 'error' : 'hint'}`}
      />
      {error ? (
        <p id={`${BID_INPUT_ID}-error`} className="text-destructive text-sm">
          {error}
        </p>
      ) : (
        <p
          id={`${BID_INPUT_ID}-hint`}
          className="text-muted-foreground text-xs"
          data-testid="bid-risk"
        >
          <BidFacts offer={offer} draft={draft} saving={saving} />
        </p>
      )}
      <p className="text-muted-foreground flex gap-1.5 text-xs">
        <TriangleAlert className="mt-0.5 size-3.5 shrink-0 text-amber-600" aria-hidden="true" />
        If outbid, the instance stops and Dumont rents another at the same bid, with a fresh
        workspace.
      </p>
    </div>
  );
}

function BidFacts({
  offer,
  draft,
  saving,
}: {
  offer: Offer | undefined;
  draft: BidDraft;
  saving: number | null;
}) {
  const gpu = offer ? gpuLabel(offer.gpu_name, offer.num_gpus) : 'this GPU';
  if (
    isApiError(draft.suggestion.error, 404) ||
    (draft.suggestion.data && draft.suggested === null)
  ) {
    return <>No interruptible prices recorded for {gpu} yet: enter your own bid.</>;
  }
  if (draft.suggestion.isError) return <>Couldn&apos;t read the market: enter your own bid.</>;
  if (draft.suggestion.isPending) return <>Looking up the suggested bid for {gpu}…</>;
  return (
    <>
      Suggested for {gpu}: {formatPrice(draft.suggested)}/h. Outbid risk{' '}
      <strong className="text-foreground">
        {draft.risk === null ? '…' : formatShare(draft.risk)}
      </strong>{' '}
      over the last week
      {offer && saving !== null && (
        <>
          ;{' '}
          {saving > 0 ? (
            <>
              saves <strong className="text-foreground">{formatShare(saving)}</strong> on this
              offer&apos;s {formatHourly(offer.price_per_hour)} on-demand
            </>
          ) : (
            <>no cheaper than this offer&apos;s {formatHourly(offer.price_per_hour)} on-demand</>
          )}
        </>
      )}
      .
    </>
  );
}
