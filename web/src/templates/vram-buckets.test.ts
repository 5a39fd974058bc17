import { describe, expect, it } from 'vitest';

import { templates } from '@/test/fixtures';

import { categoriesOf, filterTemplates } from './filter-templates';
import { toTemplate } from './template';
import { inVramBucket, parseVramBucket, VRAM_BUCKETS } from './vram-buckets';

const bucket = (id: string) => parseVramBucket(id);
const all = templates.map(toTemplate);
const slugs = (list: { slug: string }[]) => list.map((template) => template.slug);

describe('VRAM buckets', () => {
  it('labels the buttons exactly as the marketplace names them', () => {
    expect(VRAM_BUCKETS.map((b) => b.label)).toEqual(['Any', '4–8 GB', '8–16 GB', '16+ GB']);
  });

  it.each([
    [4, '4-8'],
    [6, '4-8'],
    [7, '4-8'],
    [8, '8-16'],
    [12, '8-16'],
    [15, '8-16'],
    [16, '16plus'],
    [24, '16plus'],
    [80, '16plus'],
  ])('puts a template needing %i GB in exactly the %s bucket', (minVram, expected) => {
    const matching = VRAM_BUCKETS.filter((b) => b.id !== 'any' && inVramBucket(minVram, b));
    expect(matching.map((b) => b.id)).toEqual([expected]);
  });

  it('lets "Any" match every requirement', () => {
    for (const minVram of [0, 4, 16, 200]) expect(inVramBucket(minVram, bucket('any'))).toBe(true);
  });

  it('reads unknown or missing URL values as "Any"', () => {
    expect(parseVramBucket(null).id).toBe('any');
    expect(parseVramBucket('32plus').id).toBe('any');
    expect(parseVramBucket('16plus').label).toBe('16+ GB');
  });
});

describe('filterTemplates', () => {
  const none = { vram: bucket('any'), category: '', query: '' };

  it('keeps everything without filters', () => {
    expect(filterTemplates(all, none)).toHaveLength(4);
  });

  it('shows only vLLM for 16+ GB', () => {
    expect(slugs(filterTemplates(all, { ...none, vram: bucket('16plus') }))).toEqual(['vllm']);
  });

  it('splits the small cards between 4–8 GB and 8–16 GB', () => {
    expect(slugs(filterTemplates(all, { ...none, vram: bucket('4-8') }))).toEqual([
      'jupyter-lab',
      'stable-diffusion',
    ]);
    expect(slugs(filterTemplates(all, { ...none, vram: bucket('8-16') }))).toEqual(['comfy-ui']);
  });

  it('filters by category', () => {
    expect(slugs(filterTemplates(all, { ...none, category: 'image-generation' }))).toEqual([
      'stable-diffusion',
      'comfy-ui',
    ]);
  });

  it('searches name, description and tags, case-insensitively, every word', () => {
    expect(slugs(filterTemplates(all, { ...none, query: 'JUPYTER' }))).toEqual(['jupyter-lab']);
    expect(slugs(filterTemplates(all, { ...none, query: 'text-to-image' }))).toEqual([
      'stable-diffusion',
    ]);
    expect(slugs(filterTemplates(all, { ...none, query: 'nodes' }))).toEqual(['comfy-ui']);
    expect(slugs(filterTemplates(all, { ...none, query: 'diffusion workflows' }))).toEqual([
      'comfy-ui',
    ]);
    expect(filterTemplates(all, { ...none, query: 'blender' })).toEqual([]);
  });

  it('combines filters', () => {
    const result = filterTemplates(all, {
      vram: bucket('4-8'),
      category: 'image-generation',
      query: 'diffusion',
    });
    expect(slugs(result)).toEqual(['stable-diffusion']);
  });

  it('lists each category once, in order of appearance', () => {
    expect(categoriesOf(all)).toEqual(['development', 'image-generation', 'llm-inference']);
  });
});
