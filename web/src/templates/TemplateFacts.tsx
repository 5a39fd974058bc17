import { ExternalLink, Gauge, Info } from 'lucide-react';
import type { ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';

import { categoryLabel } from './category';
import { DetailSection } from './DetailSection';
import type { Template } from './template';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2 text-sm">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}

export function GpuRequirements({ template }: { template: Template }) {
  return (
    <DetailSection icon={Gauge} title="GPU requirements">
      <dl className="divide-y">
        <Fact term="Minimum VRAM">{template.gpu_min_vram} GB</Fact>
        <Fact term="Recommended VRAM">{template.gpu_recommended_vram} GB</Fact>
        <Fact term="CUDA version">{template.cuda_version || 'Any'}</Fact>
        {template.disk_gb > 0 && <Fact term="Disk">{template.disk_gb} GB</Fact>}
      </dl>
    </DetailSection>
  );
}

function formatDate(iso: string): string | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? null
    : date.toLocaleDateString('en-US', { dateStyle: 'medium' });
}

export function TemplateAbout({ template }: { template: Template }) {
  const updated = formatDate(template.updated_at);
  return (
    <DetailSection icon={Info} title="About">
      <dl className="divide-y">
        <Fact term="Publisher">{template.publisher.name}</Fact>
        {template.version && <Fact term="Version">{template.version}</Fact>}
        <Fact term="Category">{categoryLabel(template.category)}</Fact>
        {updated && <Fact term="Updated">{updated}</Fact>}
      </dl>
      {template.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-3 flex flex-wrap gap-1.5">
          {template.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="outline">{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
      {template.documentation_url && (
        <a
          href={template.documentation_url}
          target="_blank"
          rel="noopener noreferrer"
          className="text-primary mt-4 inline-flex items-center gap-1.5 text-sm font-medium hover:underline"
        >
          Official documentation
          <ExternalLink className="size-3.5" aria-hidden="true" />
        </a>
      )}
    </DetailSection>
  );
}
