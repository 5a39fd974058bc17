import { BadgeCheck, MemoryStick } from 'lucide-react';

import { Badge } from '@/components/ui/badge';

import { categoryLabel } from './category';

export function VramBadge({ minVram }: { minVram: number }) {
  return (
    <Badge variant="info" title={`Needs a GPU with at least ${minVram} GB of memory`}>
      <MemoryStick aria-hidden="true" />≥ {minVram} GB VRAM
    </Badge>
  );
}

export function CategoryBadge({ category }: { category: string }) {
  return <Badge variant="secondary">{categoryLabel(category)}</Badge>;
}

export function OfficialBadge() {
  return (
    <Badge variant="success" title="Published and verified by Dumont">
      <BadgeCheck aria-hidden="true" />
      Official
    </Badge>
  );
}
