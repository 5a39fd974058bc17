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
import { formatHourlyRange } from '@/lib/format';

import { DetailSection } from './DetailSection';
import { useCompatibleGpus } from './queries';
import type { GpuModel, Template } from './template';

export function CompatibleGpus({ template }: { template: Template }) {
  const gpus = useCompatibleGpus(template.gpu_min_vram);
  return (
    <DetailSection
      icon={Cpu}
      title="GPUs that fit"
      description={`Common GPUs with at least ${template.gpu_min_vram} GB of memory. Prices are typical on-demand rates per GPU; ${template.gpu_recommended_vram} GB or more is recommended.`}
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
        <GpuTable gpus={gpus.data} recommendedVram={template.gpu_recommended_vram} />
      )}
    </DetailSection>
  );
}

function GpuTable({ gpus, recommendedVram }: { gpus: GpuModel[]; recommendedVram: number }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>GPU</TableHead>
          <TableHead className="text-right">VRAM</TableHead>
          <TableHead className="hidden sm:table-cell">Architecture</TableHead>
          <TableHead className="text-right">Typical price</TableHead>
          <TableHead>Fit</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {gpus.map((gpu) => {
          const recommended = gpu.vram_gb >= recommendedVram;
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
              <TableCell>
                {recommended ? (
                  <Badge variant="success">Recommended</Badge>
                ) : (
                  <span className="text-muted-foreground text-xs">Meets minimum</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
