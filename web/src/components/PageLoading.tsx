import { Skeleton } from '@/components/ui/skeleton';

import { LoadingRegion } from './LoadingRegion';

/** While a code-split page loads. */
export function PageLoading() {
  return (
    <LoadingRegion label="Loading page…" className="block space-y-6">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-4 w-full max-w-xl" />
      <Skeleton className="h-64 w-full rounded-xl" />
    </LoadingRegion>
  );
}
