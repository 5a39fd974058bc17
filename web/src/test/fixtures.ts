import type {
  DeploymentDto,
  DeploymentEventDto,
  GpuModelDto,
  ModelDto,
  OffersDto,
  ServerInfoDto,
  TemplateDto,
} from '@/lib/api';
import type {
  CategoryCountDto,
  MarketplaceTemplateDto,
  QualityReportDto,
  ReportDto,
  ReviewDto,
  ReviewPageDto,
  TemplateAnalyticsDto,
  TemplatePageDto,
  TemplateSpecDto,
  TemplateVersionDto,
} from '@/marketplace/types';

const timestamps = { created_at: '2025-11-20T10:00:00Z', updated_at: '2025-11-21T10:00:00Z' };
const dumont = { handle: 'dumont', name: 'Dumont', official: true };

export const jupyterLab: TemplateDto = {
  id: '0b6c1d2e-0000-4000-8000-000000000001',
  slug: 'jupyter-lab',
  name: 'JupyterLab',
  description: 'PyTorch notebooks with CUDA ready to go.',
  category: 'development',
  tags: ['python', 'pytorch', 'notebook'],
  icon: 'notebook',
  publisher: dumont,
  version: '1.0.0',
  docker_image: 'jupyter/pytorch-notebook:latest',
  launch_mode: 'onstart',
  launch_command: 'jupyter lab --ip=0.0.0.0 --port=8888 --no-browser --allow-root',
  launch_args: [],
  ports: [{ port: 8888, protocol: 'http', label: 'JupyterLab', health_path: '/api' }],
  volumes: ['/home/jovyan/work'],
  env_vars: { JUPYTER_ENABLE_LAB: 'yes' },
  gpu_min_vram: 4,
  gpu_recommended_vram: 8,
  cuda_version: '12.4',
  disk_gb: 20,
  first_boot: {
    download_gb: 0,
    estimated_minutes: 2,
    note: 'Pull your notebooks from git or the work volume.',
  },
  documentation_url: 'https://jupyterlab.readthedocs.io',
  guide_markdown: undefined,
  ...timestamps,
};

export const stableDiffusion: TemplateDto = {
  ...jupyterLab,
  id: '0b6c1d2e-0000-4000-8000-000000000002',
  slug: 'stable-diffusion',
  name: 'Stable Diffusion WebUI',
  description: 'AUTOMATIC1111 web UI for text-to-image generation.',
  category: 'image-generation',
  tags: ['diffusion', 'art'],
  icon: 'image',
  docker_image: 'ghcr.io/example/automatic1111-webui:latest',
  launch_mode: 'entrypoint',
  launch_command: '--listen --port 7860 --medvram',
  launch_args: ['--listen', '--port', '7860', '--medvram'],
  ports: [{ port: 7860, protocol: 'http', label: 'Web UI', health_path: '/' }],
  volumes: ['/app/models', '/app/outputs'],
  env_vars: { COMMANDLINE_ARGS: '--medvram' },
  gpu_min_vram: 6,
  gpu_recommended_vram: 12,
  first_boot: {
    download_gb: 4,
    estimated_minutes: 5,
    note: 'the Stable Diffusion 1.5 checkpoint is fetched into /app/models',
  },
};

export const comfyUi: TemplateDto = {
  ...stableDiffusion,
  id: '0b6c1d2e-0000-4000-8000-000000000003',
  slug: 'comfy-ui',
  name: 'ComfyUI',
  description: 'Node-based workflows for diffusion models.',
  tags: ['diffusion', 'workflows', 'nodes'],
  icon: 'workflow',
  docker_image: 'yanwk/comfyui-boot:latest',
  launch_command: '--listen 0.0.0.0 --port 8188',
  ports: [{ port: 8188, protocol: 'http', label: 'ComfyUI', health_path: '/' }],
  gpu_min_vram: 8,
  gpu_recommended_vram: 12,
  first_boot: { download_gb: 0, estimated_minutes: 0, note: undefined },
};

export const vllm: TemplateDto = {
  ...jupyterLab,
  id: '0b6c1d2e-0000-4000-8000-000000000004',
  slug: 'vllm',
  name: 'vLLM',
  description: 'OpenAI-compatible LLM inference server.',
  category: 'llm-inference',
  tags: ['inference', 'openai', 'llama'],
  icon: 'message',
  docker_image: 'vllm/vllm-openai:latest',
  launch_mode: 'entrypoint',
  launch_command: '--model meta-llama/Llama-2-7b-hf --host 0.0.0.0 --port 8000',
  ports: [{ port: 8000, protocol: 'http', label: 'OpenAI API', health_path: '/health' }],
  volumes: ['/root/.cache/huggingface'],
  env_vars: { HF_TOKEN: '' },
  gpu_min_vram: 16,
  gpu_recommended_vram: 24,
  first_boot: {
    download_gb: 14,
    estimated_minutes: 6,
    note: 'the model weights are downloaded from Hugging Face',
  },
};

export const templates: TemplateDto[] = [jupyterLab, stableDiffusion, comfyUi, vllm];

export const vllmDetail: TemplateDto = {
  ...vllm,
  guide_markdown: [
    '## Query the API',
    '',
    'Send a request to `/v1/completions`:',
    '',
    '```bash',
    'curl http://HOST:8000/v1/models',
    '```',
    '',
    '| Setting | Value |',
    '| --- | --- |',
    '| Port | 8000 |',
  ].join('\n'),
};

export const gpusFrom16: GpuModelDto[] = [
  {
    name: 'RTX 4080',
    vram_gb: 16,
    architecture: 'Ada',
    typical_price_min: 0.25,
    typical_price_max: 0.45,
  },
  {
    name: 'RTX 4090',
    vram_gb: 24,
    architecture: 'Ada',
    typical_price_min: 0.35,
    typical_price_max: 0.7,
  },
  {
    name: 'A100 80GB',
    vram_gb: 80,
    architecture: 'Ampere',
    typical_price_min: 1.1,
    typical_price_max: 1.8,
  },
];

export const models: ModelDto[] = [
  {
    id: 'Qwen/Qwen3-0.6B',
    name: 'Qwen3 0.6B',
    description: 'Small, fast chat model.',
    size: '0.6B',
    task: 'chat',
    parameters: 600_000_000,
    context_length: 32768,
    license: 'Apache-2.0',
    supported_engines: ['vllm', 'sglang', 'trtllm'],
    min_gpu_memory_gb: 8,
    min_gpu_memory: '8GB',
    gated: false,
  },
  {
    id: 'meta-llama/Llama-3.1-8B-Instruct',
    name: 'Llama 3.1 8B Instruct',
    description: 'Meta instruction-tuned model.',
    size: '8B',
    task: 'chat',
    parameters: 8_000_000_000,
    context_length: 131072,
    license: 'Llama 3.1 Community License',
    supported_engines: ['vllm', 'sglang'],
    min_gpu_memory_gb: 24,
    min_gpu_memory: '24GB',
    gated: true,
  },
];

export const serverInfo: ServerInfoDto = {
  version: '0.1.0-SNAPSHOT',
  simulated_cloud: false,
  default_admin_credentials: false,
  signup_enabled: false,
  database: 'H2',
  cache: 'caffeine',
  public_url_missing: false,
};

export const me = {
  id: '5b0d7c9e-0000-4000-8000-00000000000a',
  email: 'admin@dumont.local',
  display_name: 'Admin',
  role: 'ADMIN',
  created_at: '2025-11-20T10:00:00Z',
};

export const jupyterOffers: OffersDto = {
  template_slug: 'jupyter-lab',
  offers: [
    {
      id: 4101,
      machine_id: 77,
      gpu_name: 'RTX 3090',
      num_gpus: 1,
      gpu_ram_gb: 24,
      price_per_hour: 0.214,
      reliability: 0.994,
      location: 'Quebec, CA',
      inet_down_mbps: 850,
      cuda_version: 12.4,
      verified: true,
      score: 0.236,
      rank_reasons: [
        '$0.214/h',
        'ready 9 of 10 times on this host',
        'fast download 850 Mb/s',
        'verified',
      ],
    },
    {
      id: 4102,
      machine_id: 78,
      gpu_name: 'RTX 4090',
      num_gpus: 2,
      gpu_ram_gb: 24,
      price_per_hour: 0.71,
      reliability: 0.981,
      location: 'Oregon, US',
      inet_down_mbps: 120,
      cuda_version: 12.6,
      verified: true,
    },
  ],
  message: undefined,
  simulated: true,
};

export const noOffers: OffersDto = {
  template_slug: 'vllm',
  offers: [],
  message:
    'No compatible GPUs available right now. Ask to be notified and Dumont will tell you when one appears.',
  simulated: false,
};

const deploymentId = '9d3c2f4a-0000-4000-8000-0000000000d1';

/** A JupyterLab deployment that just became ready. */
export const runningDeployment: DeploymentDto = {
  id: deploymentId,
  owner_id: me.id,
  template_slug: 'jupyter-lab',
  template_name: 'JupyterLab',
  template_version: '1.0.0',
  status: 'running',
  status_message: 'JupyterLab is ready',
  gpu_name: 'RTX 3090',
  num_gpus: 1,
  price_per_hour: 0.214,
  offer_id: 4101,
  instance_id: 9001,
  machine_id: 77,
  attempt: 1,
  disk_gb: 20,
  endpoints: [
    { port: 8888, label: 'JupyterLab', url: 'http://203.0.113.7:41888/lab?token=s3cret-token' },
  ],
  credentials: { scheme: 'token', username: undefined, secret: 's3cret-token' },
  troubleshooting_url: undefined,
  simulated: true,
  phases: {
    requested: '2025-11-24T10:00:00Z',
    provisioning: '2025-11-24T10:00:02Z',
    starting: '2025-11-24T10:00:20Z',
    running: '2025-11-24T10:00:31Z',
  },
  created_at: '2025-11-24T10:00:00Z',
  updated_at: '2025-11-24T10:00:31Z',
};

export const provisioningDeployment: DeploymentDto = {
  ...runningDeployment,
  status: 'provisioning',
  status_message: 'Instance 9001 ordered on RTX 3090',
  endpoints: [],
  phases: { requested: '2025-11-24T10:00:00Z', provisioning: '2025-11-24T10:00:02Z' },
  updated_at: '2025-11-24T10:00:02Z',
};

export const unhealthyDeployment: DeploymentDto = {
  ...runningDeployment,
  id: '9d3c2f4a-0000-4000-8000-0000000000d2',
  template_slug: 'vllm',
  template_name: 'vLLM',
  status: 'unhealthy',
  status_message: 'vLLM did not answer its health check within 120 s (connection refused)',
  gpu_name: 'RTX 4090',
  price_per_hour: 0.45,
  credentials: { scheme: 'api-key', username: undefined, secret: 'sk-dumont-key' },
  troubleshooting_url: '/troubleshooting#health-timeout',
  phases: {
    requested: '2025-11-24T09:00:00Z',
    provisioning: '2025-11-24T09:00:02Z',
    starting: '2025-11-24T09:01:00Z',
    unhealthy: '2025-11-24T09:03:00Z',
  },
};

export const destroyedDeployment: DeploymentDto = {
  ...runningDeployment,
  id: '9d3c2f4a-0000-4000-8000-0000000000d3',
  template_slug: 'comfy-ui',
  template_name: 'ComfyUI',
  status: 'destroyed',
  status_message: 'Destroyed',
  endpoints: [],
  phases: {
    ...runningDeployment.phases,
    destroying: '2025-11-24T11:00:00Z',
    destroyed: '2025-11-24T11:00:05Z',
  },
};

function event(
  seq: number,
  type: 'status' | 'info',
  status: NonNullable<DeploymentEventDto['status']>,
  message: string,
  at: string,
): DeploymentEventDto {
  return { seq, deployment_id: deploymentId, at, type, status, message };
}

export const deploymentEvents: DeploymentEventDto[] = [
  event(1, 'status', 'pending', 'Deployment of JupyterLab 1.0.0 requested', '2025-11-24T10:00:00Z'),
  event(2, 'status', 'provisioning', 'Instance 9001 ordered on RTX 3090', '2025-11-24T10:00:02Z'),
  event(3, 'info', 'provisioning', 'Provider: loading (pulling image)', '2025-11-24T10:00:08Z'),
];

export const liveEvents: DeploymentEventDto[] = [
  event(
    4,
    'status',
    'starting',
    'Instance 9001 is running; waiting for JupyterLab to answer its health check',
    '2025-11-24T10:00:20Z',
  ),
  event(5, 'status', 'running', 'JupyterLab is ready', '2025-11-24T10:00:31Z'),
];

// ---- Marketplace ----

const ada = { handle: 'ada', name: 'Ada Lovelace', verified: false };
const dumontAuthor = { handle: 'dumont', name: 'Dumont', verified: true };

const qualityReport: QualityReportDto = {
  score: 90,
  checks: [
    { code: 'slug', level: 'pass', message: 'ok' },
    { code: 'ports', level: 'pass', message: 'ok' },
    {
      code: 'image-pinned',
      level: 'warn',
      field: 'spec.docker_image',
      message:
        'The image is not pinned to a tag or digest: every deployment may run something different',
    },
  ],
};

export const communitySpec: TemplateSpecDto = {
  docker_image: 'ghcr.io/ada/comfy-sdxl:1.2',
  launch_command: '--listen 0.0.0.0 --port 8188',
  ports: [{ port: 8188, protocol: 'http', label: 'ComfyUI', health_path: '/' }],
  env: { HF_TOKEN: '<your-hf-token>', COMFY_ARGS: '--highvram' },
  volumes: ['/workspace'],
  gpu_min_vram: 12,
  gpu_recommended_vram: 24,
  cuda_version: '12.1',
  disk_gb: 60,
  app_auth: 'portal_token',
};

/** A community template as browse results show it (no readme, spec or quality). */
export const communityTemplate: MarketplaceTemplateDto = {
  id: 'c0ffee00-0000-4000-8000-000000000101',
  slug: 'comfy-sdxl',
  name: 'ComfyUI SDXL',
  description: 'ComfyUI with SDXL base and refiner ready to go.',
  category: 'image-generation',
  tags: ['comfyui', 'sdxl', 'diffusion'],
  architectures: ['x86_64'],
  regions: ['US', 'eu-west'],
  license: 'MIT',
  visibility: 'public',
  maintenance_status: 'active',
  documentation_url: 'https://docs.example.org/comfy-sdxl',
  paper_doi: '10.1038/s41586-024-00001-x',
  funding_source: 'ERC grant 101',
  author: ada,
  official: false,
  featured: true,
  version: '1.2.0',
  forked_from: {
    template_id: '0b6c1d2e-0000-4000-8000-000000000003',
    name: 'ComfyUI',
    author_handle: 'dumont',
    version: '1.0.0',
  },
  rating: { average: 4.5, count: 2 },
  launches: 1234,
  trending_score: 12.5,
  gpu_min_vram: 12,
  created_at: '2026-02-01T10:00:00Z',
  updated_at: '2026-03-01T10:00:00Z',
};

/** The detail endpoint's answer: readme, spec and quality filled. */
export const communityDetail: MarketplaceTemplateDto = {
  ...communityTemplate,
  readme: [
    '## Getting started',
    '',
    'Open port 8188 and load a workflow.',
    '',
    '[Docs](https://docs.example.org)',
  ].join('\n'),
  spec: communitySpec,
  quality: qualityReport,
};

export const officialMarketplaceTemplate: MarketplaceTemplateDto = {
  id: jupyterLab.id,
  slug: 'jupyter-lab',
  name: 'JupyterLab',
  description: 'PyTorch notebooks with CUDA ready to go.',
  category: 'development',
  tags: ['python', 'notebook'],
  architectures: ['x86_64'],
  regions: [],
  visibility: 'public',
  maintenance_status: 'active',
  author: dumontAuthor,
  official: true,
  featured: true,
  version: '1.0.0',
  rating: { count: 0 },
  launches: 1,
  trending_score: 1,
  gpu_min_vram: 4,
  created_at: '2025-11-20T10:00:00Z',
  updated_at: '2025-11-21T10:00:00Z',
};

export const marketplacePage: TemplatePageDto = {
  items: [communityTemplate, officialMarketplaceTemplate],
  total: 2,
  page: 0,
  size: 24,
  facets: {
    category: [
      { value: 'image-generation', count: 1 },
      { value: 'development', count: 1 },
    ],
    tag: [
      { value: 'comfyui', count: 1 },
      { value: 'python', count: 1 },
    ],
    architecture: [{ value: 'x86_64', count: 2 }],
  },
};

export const marketplaceCategories: CategoryCountDto[] = [
  { category: 'development', templates: 1 },
  { category: 'image-generation', templates: 1 },
  { category: 'audio', templates: 0 },
];

export const templateVersions: TemplateVersionDto[] = [
  {
    version: '1.2.0',
    changelog: 'SDXL refiner added.\nDefault port is now 8188.',
    latest: true,
    yanked: false,
    spec: communitySpec,
    quality: qualityReport,
    created_at: '2026-03-01T10:00:00Z',
  },
  {
    version: '1.1.0',
    changelog: 'First public version.',
    latest: false,
    yanked: false,
    spec: communitySpec,
    quality: qualityReport,
    created_at: '2026-02-01T10:00:00Z',
  },
];

/** 30 UTC days, oldest first, launches on a few of them. */
export const templateAnalytics: TemplateAnalyticsDto = {
  template_id: communityTemplate.id,
  launches: 1234,
  ready: 40,
  failed: 10,
  success_rate: 0.8,
  median_seconds_to_ready: 95,
  trending_score: 12.5,
  daily: Array.from({ length: 30 }, (_, index) => {
    const day = new Date(Date.UTC(2026, 1, 14 + index)).toISOString().slice(0, 10);
    const launches = index % 7 === 0 ? 5 : index === 29 ? 9 : 0;
    return {
      day,
      launches,
      ready: launches > 1 ? launches - 1 : launches,
      failed: launches > 1 ? 1 : 0,
    };
  }),
  top_failure_reasons: [
    { code: 'health-timeout', count: 6 },
    { code: 'weird-code', count: 4 },
  ],
};

export const reviewByGrace: ReviewDto = {
  id: 'r0000000-0000-4000-8000-000000000001',
  template_id: communityTemplate.id,
  reviewer: 'Grace Hopper',
  rating: 5,
  title: 'Works first time',
  body: 'Deployed on a 4090, ready in two minutes.',
  use_case: 'SDXL renders',
  verified_usage: true,
  helpful_votes: 3,
  voted_helpful: false,
  mine: false,
  created_at: '2026-03-02T10:00:00Z',
  updated_at: '2026-03-02T10:00:00Z',
};

export const reviewByLinus: ReviewDto = {
  id: 'r0000000-0000-4000-8000-000000000002',
  template_id: communityTemplate.id,
  reviewer: 'Linus',
  rating: 4,
  title: 'Good, needs more VRAM than it says',
  body: '',
  verified_usage: false,
  helpful_votes: 0,
  voted_helpful: false,
  mine: false,
  created_at: '2026-03-03T10:00:00Z',
  updated_at: '2026-03-03T10:00:00Z',
};

export const reviewPage: ReviewPageDto = {
  items: [reviewByGrace, reviewByLinus],
  total: 2,
  page: 0,
  size: 10,
  rating: { average: 4.5, count: 2 },
};

/** An open report of the community template, as the admins' queue lists it. */
export const secretsReport: ReportDto = {
  id: 'a0000000-0000-4000-8000-000000000301',
  template_id: communityTemplate.id,
  template_name: 'ComfyUI SDXL',
  reporter: 'grace@example.org',
  reason: 'secrets',
  details: 'The env holds a real HF token.',
  status: 'open',
  created_at: '2026-03-04T10:00:00Z',
};

export const spamReport: ReportDto = {
  id: 'a0000000-0000-4000-8000-000000000302',
  template_id: '0b6c1d2e-0000-4000-8000-000000000099',
  template_name: 'Free GPUs',
  reporter: 'linus@example.org',
  reason: 'spam',
  status: 'open',
  created_at: '2026-03-03T10:00:00Z',
};

/** A Qwen3 0.6B DynamoGraphDeployment running on the simulated cluster. */
export const kubernetesDeployment: DeploymentDto = {
  ...runningDeployment,
  id: '7a1d3c55-0000-4000-8000-00000000c0de',
  template_slug: 'Qwen/Qwen3-0.6B',
  template_name: 'Qwen3 0.6B',
  template_version: '1.3.1',
  status_message: 'All 1 worker replicas are ready',
  gpu_name: undefined,
  price_per_hour: undefined,
  offer_id: undefined,
  instance_id: undefined,
  machine_id: undefined,
  disk_gb: 0,
  endpoints: [],
  credentials: undefined,
  target: 'kubernetes',
  model_id: 'Qwen/Qwen3-0.6B',
  kubernetes: {
    cluster: 'simulated',
    namespace: 'default',
    name: 'qwen3-0-6b-vllm',
    engine: 'vllm',
    mode: 'aggregated',
    served_model_name: 'Qwen/Qwen3-0.6B',
    replicas_desired: 1,
    replicas_ready: 1,
    frontend_service: 'qwen3-0-6b-vllm-frontend',
    port_forward: 'kubectl port-forward svc/qwen3-0-6b-vllm-frontend 8000:8000 -n default',
    curl_example: 'curl http://localhost:8000/v1/chat/completions',
  },
};
