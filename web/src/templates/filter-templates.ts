import type { Template } from './template';
import { inVramBucket, type VramBucket } from './vram-buckets';

export interface TemplateFilters {
  vram: VramBucket;
  /** Empty means every category. */
  category: string;
  /** Free text matched against name, description and tags. */
  query: string;
}

function matchesQuery(template: Template, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [template.name, template.description, ...template.tags].join('\n').toLowerCase();
  return needle.split(/\s+/).every((word) => haystack.includes(word));
}

export function filterTemplates(templates: Template[], filters: TemplateFilters): Template[] {
  return templates.filter(
    (template) =>
      inVramBucket(template.gpu_min_vram, filters.vram) &&
      (!filters.category || template.category === filters.category) &&
      matchesQuery(template, filters.query),
  );
}

/** The distinct categories, in the order they first appear. */
export function categoriesOf(templates: Template[]): string[] {
  return [...new Set(templates.map((template) => template.category))];
}
