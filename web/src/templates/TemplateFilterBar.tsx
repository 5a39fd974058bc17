import { FilterChip } from '@/components/FilterChip';
import { SearchField } from '@/components/SearchField';
import { SegmentedControl } from '@/components/SegmentedControl';

import { categoryLabel } from './category';
import { VRAM_BUCKETS, type VramBucketId } from './vram-buckets';

const VRAM_OPTIONS = VRAM_BUCKETS.map((bucket) => ({ value: bucket.id, label: bucket.label }));

interface TemplateFilterBarProps {
  search: string;
  onSearchChange: (value: string) => void;
  vram: VramBucketId;
  onVramChange: (value: VramBucketId) => void;
  categories: string[];
  category: string;
  onCategoryChange: (value: string) => void;
}

export function TemplateFilterBar({
  search,
  onSearchChange,
  vram,
  onVramChange,
  categories,
  category,
  onCategoryChange,
}: TemplateFilterBarProps) {
  return (
    <section aria-label="Filters" className="space-y-4">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <SearchField
          label="Search templates"
          placeholder="Search name, description, tags…"
          value={search}
          onChange={onSearchChange}
        />
        <div className="flex flex-col gap-1.5 sm:flex-row sm:items-center sm:gap-3">
          <span className="text-muted-foreground text-xs font-medium tracking-wide uppercase">
            Required VRAM
          </span>
          <SegmentedControl
            label="Required VRAM"
            options={VRAM_OPTIONS}
            value={vram}
            onChange={onVramChange}
          />
        </div>
      </div>
      {categories.length > 1 && (
        <div role="group" aria-label="Category" className="flex flex-wrap items-center gap-2">
          <FilterChip selected={category === ''} onClick={() => onCategoryChange('')}>
            All categories
          </FilterChip>
          {categories.map((value) => (
            <FilterChip
              key={value}
              selected={category === value}
              onClick={() => onCategoryChange(category === value ? '' : value)}
            >
              {categoryLabel(value)}
            </FilterChip>
          ))}
        </div>
      )}
    </section>
  );
}
