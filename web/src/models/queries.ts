import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { apiGet, type ModelDto } from '@/lib/api';

import { toModel } from './model';

export interface ModelFilters {
  query: string;
  engine: string;
}

/** The catalog, filtered by the server; keeps showing the last answer while the next one loads. */
export function useModels({ query, engine }: ModelFilters) {
  return useQuery({
    queryKey: ['models', { query, engine }],
    queryFn: async ({ signal }) => {
      const models = await apiGet<ModelDto[]>('/api/v1/models', { q: query, engine }, signal);
      return models.map(toModel);
    },
    placeholderData: keepPreviousData,
  });
}
