import { useQuery } from '@tanstack/react-query';

import { apiGet, type GpuModelDto, type GpuRecommendationsDto, type TemplateDto } from '@/lib/api';

import { toGpuModel, toTemplate } from './template';

export const templateKeys = {
  all: ['templates'] as const,
  list: () => [...templateKeys.all, 'list'] as const,
  detail: (slug: string) => [...templateKeys.all, 'detail', slug] as const,
  gpus: (minVram: number) => ['gpus', { minVram }] as const,
  recommendations: (slug: string) => [...templateKeys.all, 'gpu-recommendations', slug] as const,
};

/** Every template; the page filters client-side so the filters answer instantly. */
export function useTemplates() {
  return useQuery({
    queryKey: templateKeys.list(),
    queryFn: async ({ signal }) => {
      const templates = await apiGet<TemplateDto[]>('/api/v1/templates', undefined, signal);
      return templates.map(toTemplate);
    },
  });
}

export function useTemplate(slug: string) {
  return useQuery({
    queryKey: templateKeys.detail(slug),
    queryFn: async ({ signal }) =>
      toTemplate(
        await apiGet<TemplateDto>(
          `/api/v1/templates/${encodeURIComponent(slug)}`,
          undefined,
          signal,
        ),
      ),
  });
}

/** Common GPUs with at least `minVram` GB, for the "GPUs that fit" table. */
export function useCompatibleGpus(minVram: number | undefined) {
  return useQuery({
    queryKey: templateKeys.gpus(minVram ?? 0),
    queryFn: async ({ signal }) => {
      const gpus = await apiGet<GpuModelDto[]>('/api/v1/gpus', { min_vram: minVram }, signal);
      return gpus.map(toGpuModel);
    },
    enabled: minVram !== undefined,
  });
}

/** Live prices, availability and this template's measured times to ready per GPU model. */
export function useGpuRecommendations(slug: string) {
  return useQuery({
    queryKey: templateKeys.recommendations(slug),
    queryFn: ({ signal }) =>
      apiGet<GpuRecommendationsDto>(
        `/api/v1/templates/${encodeURIComponent(slug)}/gpu-recommendations`,
        undefined,
        signal,
      ),
    refetchInterval: 60_000,
  });
}
