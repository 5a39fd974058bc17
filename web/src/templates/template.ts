import type {
  FirstBootDto,
  GpuModelDto,
  LaunchMode,
  PortSpecDto,
  PublisherDto,
  TemplateDto,
} from '@/lib/api';

export type Publisher = Required<PublisherDto>;
export type PortSpec = Required<Omit<PortSpecDto, 'health_path'>> & { health_path: string | null };
export type FirstBoot = Required<Omit<FirstBootDto, 'note'>> & { note: string | null };

/** A template with every field present; nullable where the server may leave it out. */
export type Template = Required<
  Omit<
    TemplateDto,
    'publisher' | 'ports' | 'first_boot' | 'documentation_url' | 'guide_markdown' | 'launch_mode'
  >
> & {
  publisher: Publisher;
  launch_mode: LaunchMode;
  ports: PortSpec[];
  first_boot: FirstBoot | null;
  documentation_url: string | null;
  /** Null in the list; the detail endpoint fills it. */
  guide_markdown: string | null;
};

export type GpuModel = Required<Omit<GpuModelDto, 'typical_price_min' | 'typical_price_max'>> & {
  typical_price_min: number | null;
  typical_price_max: number | null;
};

function toPublisher(dto: PublisherDto | undefined): Publisher {
  return {
    handle: dto?.handle ?? '',
    name: dto?.name ?? dto?.handle ?? 'Unknown publisher',
    official: dto?.official ?? false,
  };
}

function toPortSpec(dto: PortSpecDto): PortSpec {
  return {
    port: dto.port ?? 0,
    protocol: dto.protocol ?? 'tcp',
    label: dto.label ?? '',
    health_path: dto.health_path ?? null,
  };
}

function toFirstBoot(dto: FirstBootDto | undefined): FirstBoot | null {
  if (!dto) return null;
  return {
    download_gb: dto.download_gb ?? 0,
    estimated_minutes: dto.estimated_minutes ?? 0,
    note: dto.note ?? null,
  };
}

export function toTemplate(dto: TemplateDto): Template {
  const slug = dto.slug ?? '';
  return {
    id: dto.id ?? slug,
    slug,
    name: dto.name ?? slug,
    description: dto.description ?? '',
    category: dto.category ?? 'other',
    tags: dto.tags ?? [],
    icon: dto.icon ?? '',
    publisher: toPublisher(dto.publisher),
    version: dto.version ?? '',
    docker_image: dto.docker_image ?? '',
    launch_mode: dto.launch_mode ?? 'entrypoint',
    launch_command: dto.launch_command ?? '',
    launch_args: dto.launch_args ?? [],
    ports: (dto.ports ?? []).map(toPortSpec),
    volumes: dto.volumes ?? [],
    env_vars: dto.env_vars ?? {},
    gpu_min_vram: dto.gpu_min_vram ?? 0,
    gpu_recommended_vram: dto.gpu_recommended_vram ?? dto.gpu_min_vram ?? 0,
    cuda_version: dto.cuda_version ?? '',
    disk_gb: dto.disk_gb ?? 0,
    first_boot: toFirstBoot(dto.first_boot),
    documentation_url: dto.documentation_url ?? null,
    guide_markdown: dto.guide_markdown ?? null,
    created_at: dto.created_at ?? '',
    updated_at: dto.updated_at ?? '',
  };
}

export function toGpuModel(dto: GpuModelDto): GpuModel {
  return {
    name: dto.name ?? 'Unknown GPU',
    vram_gb: dto.vram_gb ?? 0,
    architecture: dto.architecture ?? '',
    typical_price_min: dto.typical_price_min ?? null,
    typical_price_max: dto.typical_price_max ?? null,
  };
}
