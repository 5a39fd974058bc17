import { useQuery } from '@tanstack/react-query';

import { apiGet, type ServerInfoDto } from '@/lib/api';

export interface ServerInfo {
  version: string;
  simulated_cloud: boolean;
  default_admin_credentials: boolean;
  signup_enabled: boolean;
  database: string;
  cache: string;
  /** A real cloud whose instances cannot reach this server: no workspace snapshots. */
  public_url_missing: boolean;
}

function toServerInfo(dto: ServerInfoDto): ServerInfo {
  return {
    version: dto.version ?? '',
    simulated_cloud: dto.simulated_cloud ?? false,
    default_admin_credentials: dto.default_admin_credentials ?? false,
    signup_enabled: dto.signup_enabled ?? false,
    database: dto.database ?? '',
    cache: dto.cache ?? '',
    public_url_missing: dto.public_url_missing ?? false,
  };
}

export function useServerInfo() {
  return useQuery({
    queryKey: ['server-info'],
    queryFn: async ({ signal }) =>
      toServerInfo(await apiGet<ServerInfoDto>('/api/v1/info', undefined, signal)),
    staleTime: 5 * 60_000,
  });
}
