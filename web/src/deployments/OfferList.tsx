import { Download, MapPin, ShieldCheck } from 'lucide-react';

import { Badge } from '@/components/ui/badge';
import { formatHourly, formatPercent } from '@/lib/format';
import { cn } from '@/lib/utils';

import { gpuLabel, type Offer } from './deployment';

interface OfferListProps {
  offers: Offer[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  error?: string;
}

/** The live offers as radio cards, best first; the first is preselected by the form. */
export function OfferList({ offers, selectedId, onSelect, error }: OfferListProps) {
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={error ? 'deploy-offer-error' : 'deploy-offer-hint'}
    >
      <legend className="mb-2 text-sm font-medium">GPU</legend>
      <p id="deploy-offer-hint" className="text-muted-foreground text-xs">
        Live offers that fit, best first: price weighed by how often the host boots apps (measured
        here, else its reliability) and how fast it pulls images. Prices include storage.
      </p>
      <div className="-mx-1 max-h-80 space-y-2 overflow-y-auto px-1 py-1">
        {offers.map((offer, index) => {
          const selected = offer.id === selectedId;
          return (
            <label
              key={offer.id}
              data-testid="offer-option"
              data-selected={selected}
              className={cn(
                'has-[:focus-visible]:ring-ring/50 flex cursor-pointer items-start gap-3 rounded-lg border p-3 transition-colors has-[:focus-visible]:ring-[3px]',
                selected ? 'border-primary bg-primary/10' : 'hover:bg-accent/50',
              )}
            >
              <input
                type="radio"
                name="deploy-offer"
                value={offer.id}
                checked={selected}
                onChange={() => onSelect(offer.id)}
                className="accent-primary mt-1 size-4 shrink-0"
              />
              <span className="min-w-0 flex-1 space-y-1">
                <span className="flex items-baseline justify-between gap-2">
                  <span className="truncate font-medium">
                    {gpuLabel(offer.gpu_name, offer.num_gpus)}
                  </span>
                  <span className="font-semibold tabular-nums">
                    {formatHourly(offer.price_per_hour)}
                  </span>
                </span>
                <span className="text-muted-foreground flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                  <span>{offer.gpu_ram_gb} GB VRAM</span>
                  <span className="inline-flex items-center gap-1">
                    <ShieldCheck className="size-3" aria-hidden="true" />
                    {formatPercent(offer.reliability)} reliable
                  </span>
                  {offer.location && (
                    <span className="inline-flex items-center gap-1">
                      <MapPin className="size-3" aria-hidden="true" />
                      {offer.location}
                    </span>
                  )}
                  {offer.inet_down_mbps > 0 && (
                    <span
                      className="inline-flex items-center gap-1"
                      title="Download bandwidth: faster hosts pull the image sooner"
                    >
                      <Download className="size-3" aria-hidden="true" />
                      {Math.round(offer.inet_down_mbps)} Mb/s
                    </span>
                  )}
                </span>
                {offer.rank_reasons.length > 1 && (
                  <span
                    className="text-muted-foreground block text-xs"
                    data-testid="rank-reasons"
                    title={`About $${offer.score.toFixed(3)}/h per working GPU, counting the chance this host fails`}
                  >
                    {offer.rank_reasons.slice(1).join(' · ')}
                  </span>
                )}
                {(index === 0 || !offer.verified) && (
                  <span className="flex gap-1.5">
                    {index === 0 && (
                      <Badge variant="success" className="mt-0.5">
                        Best pick
                      </Badge>
                    )}
                    {!offer.verified && (
                      <Badge
                        variant="warning"
                        className="mt-0.5"
                        title="Vast.ai has not verified this host: cheaper, but it fails more often"
                      >
                        Unverified host
                      </Badge>
                    )}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id="deploy-offer-error" className="text-destructive text-sm">
          {error}
        </p>
      )}
    </fieldset>
  );
}
