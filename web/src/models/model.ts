import type { ModelDto } from '@/lib/api';

/** An LLM from the catalog; optional numbers stay null when the catalog does not state them. */
export type Model = Required<Omit<ModelDto, 'parameters' | 'context_length' | 'license'>> & {
  parameters: number | null;
  context_length: number | null;
  license: string | null;
};

export const ENGINES = [
  { id: 'vllm', label: 'vLLM' },
  { id: 'sglang', label: 'SGLang' },
  { id: 'trtllm', label: 'TensorRT-LLM' },
] as const;

const LICENSES: Record<string, string> = {
  'apache-2.0': 'Apache 2.0',
  mit: 'MIT',
  'llama3.1': 'Llama 3.1 Community',
  'llama3.2': 'Llama 3.2 Community',
  'llama3.3': 'Llama 3.3 Community',
  gemma: 'Gemma',
};

/** The catalog's license ids ("apache-2.0") as people write them ("Apache 2.0"). */
export function licenseLabel(license: string): string {
  return LICENSES[license.toLowerCase()] ?? license;
}

export function engineLabel(engine: string): string {
  return ENGINES.find((known) => known.id === engine)?.label ?? engine;
}

export function toModel(dto: ModelDto): Model {
  const id = dto.id ?? '';
  const minGb = dto.min_gpu_memory_gb ?? 0;
  return {
    id,
    name: dto.name ?? id,
    description: dto.description ?? '',
    size: dto.size ?? '',
    task: dto.task ?? '',
    parameters: dto.parameters ?? null,
    context_length: dto.context_length ?? null,
    license: dto.license ?? null,
    supported_engines: dto.supported_engines ?? [],
    min_gpu_memory_gb: minGb,
    min_gpu_memory: dto.min_gpu_memory ?? (minGb > 0 ? `${minGb}GB` : ''),
    gated: dto.gated ?? false,
  };
}
