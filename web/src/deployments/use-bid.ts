import { useState } from 'react';

import { useDebounced } from '@/lib/use-debounced';
import { useBidSuggestion } from '@/market/queries';

import type { Offer } from './deployment';
import { bidError } from './validate-deploy';

/**
 * The bid of an interruptible deploy: the market's suggestion for the offer's GPU model until the
 * user types one, and the outbid risk of whichever bid stands.
 */
export function useBidDraft(offer: Offer | undefined, active: boolean) {
  const [typed, setTyped] = useState<string | null>(null);
  // Each settled bid asks the server for its risk, not each key typed.
  const settled = useDebounced(typed);
  const askAbout = settled !== null && bidError(settled) === null ? Number(settled.trim()) : null;
  const suggestion = useBidSuggestion(
    active && offer ? offer.gpu_name : null,
    offer?.num_gpus ?? 1,
    askAbout,
  );
  const suggested = suggestion.data?.bidPerHour ?? null;
  const value = typed ?? (suggested === null ? '' : String(Math.round(suggested * 1000) / 1000));

  let risk: number | null = null;
  if (typed === null) risk = suggestion.data?.outbidRisk ?? null;
  else if (askAbout !== null && settled === typed && suggestion.data?.yourBid) {
    risk = suggestion.data.yourBid.outbidRisk;
  }

  return { value, setValue: setTyped, suggested, risk, suggestion };
}

export type BidDraft = ReturnType<typeof useBidDraft>;
