import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const NOTHING: readonly string[] = [];

/**
 * A text field bound to one URL query parameter: the field updates at once, the URL (and so
 * whatever filters on it) only after the user pauses typing for `delayMs`. Committing a new value
 * also removes the `resets` parameters (such as a page number that no longer applies); pass a
 * constant array.
 */
export function useSearchParamDraft(key: string, delayMs = 250, resets = NOTHING) {
  const [searchParams, setSearchParams] = useSearchParams();
  const committed = searchParams.get(key) ?? '';
  const [draft, setDraft] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);

  // The URL changed from elsewhere (clear filters, back button): show what it now says.
  if (committed !== lastCommitted) {
    setLastCommitted(committed);
    setDraft(committed);
  }

  useEffect(() => {
    const next = draft.trim();
    if (next === committed) return;
    const timer = window.setTimeout(() => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set(key, next);
          else params.delete(key);
          for (const reset of resets) params.delete(reset);
          return params;
        },
        { replace: true },
      );
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, committed, key, delayMs, resets, setSearchParams]);

  return { draft, setDraft, committed };
}
