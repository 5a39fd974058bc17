import { Button } from '@/components/ui/button';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

import { formatPrice, formatShare } from './format';
import type { MarketRow } from './model';

interface MarketTableViewProps {
  rows: MarketRow[];
  selected: string | null;
  onSelect: (gpu: string) => void;
}

/** The latest sample: one row per GPU model and count, each with a button to chart the model. */
export function MarketTableView({ rows, selected, onSelect }: MarketTableViewProps) {
  return (
    <Table data-testid="market-table">
      <TableHeader>
        <TableRow>
          <TableHead>GPU</TableHead>
          <TableHead className="text-right">Count</TableHead>
          <TableHead className="text-right">Offers</TableHead>
          <TableHead className="text-right">On-demand min</TableHead>
          <TableHead className="hidden text-right md:table-cell">p25</TableHead>
          <TableHead className="text-right">Median</TableHead>
          <TableHead className="text-right">Interruptible min</TableHead>
          <TableHead className="hidden text-right md:table-cell">Median</TableHead>
          <TableHead className="text-right">Spread</TableHead>
          <TableHead className="hidden text-right lg:table-cell">Reliability</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow
            key={`${row.gpuName}-${row.numGpus}`}
            data-gpu={row.gpuName}
            aria-selected={row.gpuName === selected && row.numGpus === 1}
          >
            <TableCell className="font-medium">
              {row.numGpus === 1 ? (
                <Button variant="link" className="h-auto p-0" onClick={() => onSelect(row.gpuName)}>
                  {row.gpuName}
                </Button>
              ) : (
                row.gpuName
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">{row.numGpus}×</TableCell>
            <TableCell className="text-right tabular-nums">{row.offers}</TableCell>
            <TableCell className="text-right tabular-nums">{formatPrice(row.priceMin)}</TableCell>
            <TableCell className="hidden text-right tabular-nums md:table-cell">
              {formatPrice(row.priceP25)}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatPrice(row.priceMedian)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatPrice(row.bidMin)}</TableCell>
            <TableCell className="hidden text-right tabular-nums md:table-cell">
              {formatPrice(row.bidMedian)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatShare(row.spread)}</TableCell>
            <TableCell className="hidden text-right tabular-nums lg:table-cell">
              {formatShare(row.reliabilityMedian)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
