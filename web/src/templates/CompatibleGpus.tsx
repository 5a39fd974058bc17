import { Cpu } from 'lucide-react';

import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import type { GpuRecommendationDto } from '@/lib/api';
import { formatHourly, formatHourlyRange } from '@/lib/format';

import { DetailSection } from './DetailSection';
import { useCompatibleGpus, useGpuRecommendations } from './queries';
import type { GpuModel, Template } from './template';

export function CompatibleGpus({ template }: { template: Template }) {
  const gpus = useCompatibleGpus(template.gpu_min_vram);
  const live = useGpuRecommendations(template.slug);
  const byName = new Map((live.data?.gpus ?? []).map((g) => [g.gpu_name ?? '', g]));
  return (
    <DetailSection
      icon={Cpu}
      title="GPUs that fit"
      description={`Common GPUs with at least ${template.gpu_min_vram} GB of memory; ${template.gpu_recommended_vram} GB or more is recommended. "Now" is the cheapest single-GPU offer at the latest market sample${live.data?.simulated ? ' (simulated cloud)' : ''}; "Ready in" is the median time this template took to come up on that GPU.`}
    >
      {gpus.isPending ? (
        <LoadingRegion label="Loading compatible GPUs…" className="block space-y-2">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-8 w-full" />
          ))}
        </LoadingRegion>
      ) : gpus.isError ? (
        <ErrorState
          title="Couldn't load GPUs"
          error={gpus.error}
          onRetry={() => void gpus.refetch()}
          retrying={gpus.isFetching}
        />
      ) : gpus.data.length === 0 ? (
        <p className="text-muted-foreground text-sm">
          No common GPU has {template.gpu_min_vram} GB of memory or more.
        </p>
      ) : (
        <GpuTable gpus={gpus.data} recommendedVram={template.gpu_recommended_vram} live={byName} />
      )}
    </DetailSection>
  );
}

function formatReady(seconds: number | undefined): string {
  if (seconds === undefined || seconds === null) return '—';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function GpuTable({
  gpus,
  recommendedVram,
  live,
}: {
  gpus: GpuModel[];
  recommendedVram: number;
  live: Map<string, GpuRecommendationDto>;
}) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>GPU</TableHead>
          <TableHead className="text-right">VRAM</TableHead>
          <TableHead className="hidden sm:table-cell">Architecture</TableHead>
          <TableHead className="text-right">Typical price</TableHead>
          <TableHead className="text-right">Now</TableHead>
          <TableHead className="hidden text-right md:table-cell">Offers</TableHead>
          <TableHead className="hidden text-right md:table-cell">Ready in</TableHead>
          <TableHead>Fit</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {gpus.map((gpu) => {
          const recommended = gpu.vram_gb >= recommendedVram;
          const now = live.get(gpu.name);
          return (
            <TableRow key={gpu.name} data-recommended={recommended}>
              <TableCell className="font-medium">{gpu.name}</TableCell>
              <TableCell className="text-right tabular-nums">{gpu.vram_gb} GB</TableCell>
              <TableCell className="text-muted-foreground hidden sm:table-cell">
                {gpu.architecture}
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {formatHourlyRange(gpu.typical_price_min, gpu.typical_price_max)}
              </TableCell>
              <TableCell className="text-right tabular-nums" data-testid="live-price">
                {now?.price_per_hour != null ? formatHourly(now.price_per_hour) : '—'}
              </TableCell>
              <TableCell className="hidden text-right tabular-nums md:table-cell">
                {now ? (now.offers ?? 0) : '—'}
              </TableCell>
              <TableCell className="hidden text-right tabular-nums md:table-cell">
                {formatReady(now?.median_seconds_to_ready)}
              </TableCell>
              <TableCell>
                <span className="flex flex-wrap gap-1">
                  {recommended ? (
                    <Badge variant="success">Recommended</Badge>
                  ) : (
                    <span className="text-muted-foreground text-xs">Meets minimum</span>
                  )}
                  {now?.best_value && <Badge variant="info">Best value</Badge>}
                  {now?.fastest && <Badge variant="info">Fastest</Badge>}
                </span>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
