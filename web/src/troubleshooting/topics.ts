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
  {
    id: 'no-working-host',
    title: 'No host booted the instance',
    status: 'failed',
    cause:
      'With the RoundRobin strategy Dumont rented one offer after another, moving on whenever a host showed it would never run the instance (exited, offline, unknown, a container runtime error, or no progress within the attempt deadline), and gave up after six. Every attempt and why it was given up is listed on the deployment.',
    fixes: [
      'Retry: the market changes by the minute.',
      'Pick another GPU model or a verified host with a high reliability score.',
      'If every attempt stalled on the image pull, choose offers with more download bandwidth.',
    ],
  },
  {
    id: 'outbid',
    title: 'Outbid again and again',
    status: 'failed',
    cause:
      'An interruptible instance runs only while its bid is at or above the market’s minimum bid for that GPU. Each time someone bid more, Vast.ai stopped the instance; Dumont rented another GPU at your bid, and gave up after five outbids in a row because the market had moved above it.',
    fixes: [
      'Open the market page: compare your bid with the suggested bid and its outbid risk for this GPU model.',
      'Retry with a higher bid, or deploy on-demand: it costs more per hour but is never interrupted.',
      'Keep work you cannot lose on an on-demand instance: a new host after an outbid starts from a fresh workspace.',
    ],
  },
  {
    id: 'manifest-rejected',
    title: 'The cluster refused the DynamoGraphDeployment',
    status: 'failed',
    cause:
      'The Kubernetes API server or Dynamo’s admission webhook turned the manifest down before anything was created. Dumont creates with a server-side dry run and strict field validation first, so a field the cluster does not know, a name the operator refuses, or missing permissions stop it here; the status message carries the cluster’s own words.',
    fixes: [
      'Read the cluster’s message in the status and the event timeline: it names the field or rule.',
      'An unknown field usually means the cluster’s Dynamo operator is older or newer than the runtime version Dumont generates for (DUMONT_DYNAMO_RUNTIME_VERSION).',
      '“forbidden” means Dumont’s service account may not create dynamographdeployments in that namespace: grant it, or deploy to another namespace.',
    ],
  },
  {
    id: 'graph-name-taken',
    title: 'A DynamoGraphDeployment of that name already exists',
    status: 'failed',
    cause:
      'The namespace already holds a DynamoGraphDeployment with this name that Dumont did not create for this deployment (another deployment, or one made with kubectl). Dumont never takes over or overwrites it.',
    fixes: [
      'Deploy again with another name, or in another namespace.',
      'Or delete the other one first if it is yours: kubectl delete dgd <name> -n <namespace>.',
    ],
  },
  {
    id: 'graph-deleted',
    title: 'The DynamoGraphDeployment disappeared',
    status: 'failed',
    cause:
      'The DGD was deleted outside Dumont (kubectl, another tool, a namespace deletion), or it ran on the simulated cluster of a server that has since restarted.',
    fixes: ['Deploy the model again from its page.'],
  },
  {
    id: 'graph-failed',
    title: 'The Dynamo operator reports failure',
    status: 'unhealthy',
    cause:
      'The operator set the DynamoGraphDeployment’s state to failed: a component could not be reconciled (its Deployment, Service or Grove resources). The Ready condition’s message says which.',
    fixes: [
      'Read the conditions and the pods on the deployment’s page.',
      'kubectl describe dgd <name> -n <namespace> and the operator’s log (dynamo-system) tell the rest.',
      'Retry once the cause is fixed, or delete the deployment.',
    ],
  },
  {
    id: 'graph-timeout',
    title: 'The workers took too long to be ready',
    status: 'failed',
    cause:
      'Not every pod was ready within the timeout (30 minutes by default). Large models spend most of that downloading weights; a worker that crashes while loading (out of GPU memory, a wrong argument) restarts again and again. Dumont deleted the DGD to free its GPUs.',
    fixes: [
      'Look at the pods’ restarts and the last pod problem in the event timeline.',
      'For a large model, mount a model cache or raise DUMONT_GRAPH_READY_TIMEOUT.',
      'Out of memory: give each worker more GPUs (tensor parallelism) or a shorter context length.',
    ],
  },
  {
    id: 'gpus-unavailable',
    title: 'Not enough free GPUs on the cluster',
    status: 'failed',
    cause:
      'Pods stay Pending with reason Unschedulable: no node has as many free nvidia.com/gpu as one worker asks for (GPUs per replica), because other workloads hold them or no node has that many.',
    fixes: [
      'Lower GPUs per replica, or the replica count.',
      'Free GPUs: delete deployments you no longer need (the header shows how many are free).',
      'Add GPU nodes; the pods start by themselves once they fit.',
    ],
  },
  {
    id: 'secret-missing',
    title: 'A Secret the workers need is missing',
    status: 'failed',
    cause:
      'The workers wait in CreateContainerConfigError: the Hugging Face token Secret named in the deployment does not exist in its namespace (or lacks the HF_TOKEN key). Gated models need it to download their weights.',
    fixes: [
      'Create it: kubectl create secret generic <secret> --from-literal=HF_TOKEN=<your token> -n <namespace>. The pods start by themselves once it exists.',
      'Accept the model’s licence on Hugging Face with the account the token belongs to.',
    ],
  },
  {
    id: 'image-pull',
    title: 'The cluster cannot pull the runtime image',
    status: 'failed',
    cause:
      'Pods wait in ErrImagePull or ImagePullBackOff: the Dynamo runtime image (nvcr.io/nvidia/ai-dynamo/…) is not reachable from the nodes, the tag does not exist, or the registry wants credentials.',
    fixes: [
      'Check that the runtime version matches a published tag (DUMONT_DYNAMO_RUNTIME_VERSION).',
      'Air-gapped clusters: mirror the image and set DUMONT_DYNAMO_IMAGE_REPOSITORY.',
      'Add an image pull secret for nvcr.io to the namespace.',
    ],
  },
  {
    id: 'cluster-unavailable',
    title: 'The cluster refused Dumont’s credentials',
    status: 'failed',
    cause:
      'The Kubernetes API server answered 401 or 403 to Dumont: the kubeconfig’s token expired, or its account may not manage dynamographdeployments.',
    fixes: [
      'An administrator renews the kubeconfig (or the service account’s role) and restarts Dumont.',
      'Then retry the deployment.',
    ],
  },
];
