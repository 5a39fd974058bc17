import type { ReactNode } from 'react';

interface LoadingRegionProps {
  /** What screen readers announce, e.g. "Loading templates…". */
  label: string;
  /** The visual placeholder (skeletons), hidden from assistive technology. */
  children: ReactNode;
  className?: string;
}

export function LoadingRegion({ label, children, className }: LoadingRegionProps) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className={className}>
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="contents">
        {children}
      </div>
    </div>
  );
}
