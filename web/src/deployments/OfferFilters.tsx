import { Label } from '@/components/ui/label';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { Switch } from '@/components/ui/switch';

import {
  maxPriceError,
  REGIONS,
  type OfferConstraintValues,
  type Region,
} from './offer-constraints';

interface OfferFiltersProps {
  value: OfferConstraintValues;
  onChange: (value: OfferConstraintValues) => void;
}

/**
 * Region, verified hosts and a price ceiling in one compact row: they narrow the offer list and
 * go with the deploy, so every host Dumont rents for it (a retry or a racer too) meets them.
 */
export function OfferFilters({ value, onChange }: OfferFiltersProps) {
  const priceError = maxPriceError(value.maxPrice);
  return (
    <div
      role="group"
      aria-label="Offer constraints"
      className="bg-muted/40 grid grid-cols-2 gap-3 rounded-lg border p-3"
      data-testid="offer-filters"
    >
      <div className="space-y-1.5">
        <Label htmlFor="offer-region" className="text-xs">
          Region
        </Label>
        <NativeSelect
          id="offer-region"
          value={value.region}
          onChange={(event) => onChange({ ...value, region: event.target.value as Region | '' })}
        >
          <option value="">Anywhere</option>
          {REGIONS.map((region) => (
            <option key={region.value} value={region.value}>
              {region.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="offer-max-price" className="text-xs">
          Max $/h
        </Label>
        <Input
          id="offer-max-price"
          type="number"
          inputMode="decimal"
          min={0.01}
          step={0.05}
          placeholder="Any"
          value={value.maxPrice}
          onChange={(event) => onChange({ ...value, maxPrice: event.target.value })}
          aria-invalid={priceError ? true : undefined}
          aria-describedby={priceError ? 'offer-max-price-error' : undefined}
        />
      </div>
      <div className="col-span-2 flex items-center justify-between gap-3">
        <Label htmlFor="offer-verified" className="text-xs font-normal">
          <span>
            <span className="font-medium">Verified hosts only</span>
            <span className="text-muted-foreground block">
              {value.verifiedOnly
                ? 'Hosts Vast.ai has checked.'
                : 'Unverified hosts are cheaper but fail more often.'}
            </span>
          </span>
        </Label>
        <Switch
          id="offer-verified"
          checked={value.verifiedOnly}
          onCheckedChange={(checked) => onChange({ ...value, verifiedOnly: checked })}
        />
      </div>
      {priceError && (
        <p id="offer-max-price-error" className="text-destructive col-span-2 text-xs">
          {priceError}
        </p>
      )}
    </div>
  );
}
