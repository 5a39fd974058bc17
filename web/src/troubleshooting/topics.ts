/**
 * The problems a deployment can stop on. Each `id` is a code the server sends as the anchor of
 * `troubleshooting_url` (`/troubleshooting#health-timeout`), so these ids must not change.
 */
export interface Topic {
  id: string;
  title: string;
  /** What the deployment shows: its status when this happens. */
  status: 'failed' | 'unhealthy';
  cause: string;
  fixes: string[];
}

export const TOPICS: Topic[] = [
  {
    id: 'no-offers',
    title: 'No compatible GPU available',
    status: 'failed',
    cause:
      'No live offer met all of the template’s needs when Dumont tried to rent: enough VRAM, a driver new enough for its CUDA version, a verified host above the reliability floor and room for its disk. Offers come and go by the minute; the ones Dumont picked may also have been rented by someone else first.',
    fixes: [
      'Retry in a few minutes: new offers appear all the time.',
      'On the template page, use “Notify me” and Dumont watches the market for you.',
      'If you asked for a specific GPU model, pick another one; a template with a lower VRAM minimum has many more offers.',
    ],
  },
  {
    id: 'provisioning-timeout',
    title: 'The instance took too long to start',
    status: 'failed',
    cause:
      'The rented instance did not reach “running” within the provisioning timeout (5 minutes by default). This is almost always a slow image pull: the host has little download bandwidth, or the image is large (vLLM and the diffusion UIs are several GB). Dumont destroyed the instance so it is not billed.',
    fixes: [
      'Retry: Dumont rents a fresh instance, usually on another host.',
      'Before deploying again, pick an offer with a higher download speed (the Mb/s figure in the GPU list).',
      'Check the event timeline: the provider’s last status says whether the host was still pulling the image.',
    ],
  },
  {
    id: 'container-failed',
    title: 'The container failed',
    status: 'failed',
    cause:
      'The provider reported the container as broken: the image could not be pulled or unpacked, the disk filled up, or the app exited on start (wrong launch arguments, or a CUDA driver the image cannot use). Dumont destroyed the instance.',
    fixes: [
      'Read the provider’s message in the event timeline: it usually names the cause.',
      'If the disk filled up, deploy again with a larger disk size.',
      'Retry: a different host rules out a broken machine. If it fails the same way on several hosts, the template needs fixing; tell its publisher.',
    ],
  },
  {
    id: 'instance-stopped',
    title: 'The provider stopped the instance',
    status: 'failed',
    cause:
      'The instance stopped without Dumont asking: the host went offline for maintenance, the provider reclaimed it, or the provider account ran out of credit. Dumont destroyed what was left of it.',
    fixes: [
      'Check the provider account’s balance (an administrator’s job for the server’s Vast.ai account).',
      'Retry to rent a new instance, preferably on a host with higher reliability.',
    ],
  },
  {
    id: 'instance-lost',
    title: 'The instance disappeared',
    status: 'failed',
    cause:
      'The provider no longer knows the instance. It was destroyed outside Dumont, for example from the Vast.ai console, or the host left the market.',
    fixes: [
      'Retry to rent a new instance.',
      'Manage Dumont’s instances from Dumont only: Dumont labels them and destroys ones it does not know.',
    ],
  },
  {
    id: 'health-timeout',
    title: 'The app did not answer its health check',
    status: 'unhealthy',
    cause:
      'The instance runs, but the app did not answer its health path in time (2 minutes by default). The usual reasons: a first boot that downloads model weights, a gated Hugging Face model requested without a token, a GPU with too little memory for the model, or an app that crashed on start. The instance stays rented, and billed, so you can look.',
    fixes: [
      'Wait a little: Dumont keeps checking, and an app that only needed more time turns the deployment running by itself.',
      'For gated models (Llama and others), deploy again with a Hugging Face token, or ask an administrator to set HUGGINGFACE_TOKEN on the server.',
      'Pick a GPU with at least the recommended VRAM.',
      'Retry to start over on a new instance, or destroy the deployment to stop billing.',
    ],
  },
  {
    id: 'health-lost',
    title: 'The app stopped answering',
    status: 'unhealthy',
    cause:
      'The app was running, then missed several health checks in a row: it crashed, ran out of GPU or system memory, or the host lost its network. The instance stays rented, and billed, so you can look.',
    fixes: [
      'Open the app’s address to see whether it still responds.',
      'A request that needs more memory than the GPU has (a long context, a large batch or image) can crash the app: use smaller requests or a larger GPU.',
      'Retry to start over on a new instance, or destroy the deployment to stop billing.',
    ],
  },
  {
    id: 'provider-auth',
    title: 'The GPU provider rejected Dumont’s API key',
    status: 'failed',
    cause:
      'The provider answered that Dumont’s credentials are not valid: VAST_API_KEY is wrong, was revoked, or belongs to an account that cannot rent.',
    fixes: [
      'An administrator sets a valid Vast.ai API key in VAST_API_KEY and restarts the server.',
      'Then retry the deployment.',
    ],
  },
  {
    id: 'provider-rejected',
    title: 'The GPU provider refused the order',
    status: 'failed',
    cause:
      'The provider turned the rental down: the account lacks credit, the offer’s terms changed as it was ordered, or the provider did not accept the launch settings.',
    fixes: [
      'Read the provider’s reason in the status message and the event timeline.',
      'Check the provider account’s balance.',
      'Retry: Dumont orders again, on the best offer available then.',
    ],
  },
];
