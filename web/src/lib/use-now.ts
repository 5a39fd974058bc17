import { useEffect, useState } from 'react';

/** The current time in ms, re-read every `intervalMs` while `ticking`; frozen otherwise. */
export function useNow(intervalMs = 1000, ticking = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs, ticking]);
  return now;
}
