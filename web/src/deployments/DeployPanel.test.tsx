import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  deploymentEvents,
  jupyterLab,
  jupyterOffers,
  me,
  noOffers,
  runningDeployment,
  serverInfo,
  vllm,
} from '@/test/fixtures';
import {
  acceptOf,
  bodyOf,
  callsTo,
  eventStream,
  mockApi,
  problem,
  type HandlerRequest,
} from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import {
  isSecretName,
  settingsToFill,
  takesHfToken,
  toDeployRequest,
  validateDeploy,
  validateSettings,
} from './validate-deploy';
import { constraintFields, maxPriceError, offerQueryParams } from './offer-constraints';

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

const templatePage = {
  'GET /api/v1/info': serverInfo,
  'GET /api/v1/auth/me': me,
  'GET /api/v1/gpus': [],
  'GET /api/v1/templates/jupyter-lab': jupyterLab,
  'GET /api/v1/templates/jupyter-lab/offers': jupyterOffers,
};

const deploymentPage = {
  [`GET /api/v1/deployments/${runningDeployment.id}`]: runningDeployment,
  [`GET /api/v1/deployments/${runningDeployment.id}/events`]: ({ init }: HandlerRequest) =>
    acceptOf(init).includes('text/event-stream') ? eventStream([]) : deploymentEvents,
};

function calls(fetchMock: ReturnType<typeof mockApi>, method: string, path: string) {
  return fetchMock.mock.calls.filter(
    ([url, init]) => String(url) === path && (init?.method ?? 'GET') === method,
  );
}

beforeAll(preloadPages);

describe('validateDeploy', () => {
  it("wants an offer, a whole disk size from the template's to 2048 GB and a plausible token", () => {
    const valid = { offerId: 1, diskGb: '20', hfToken: '' };
    expect(validateDeploy(valid)).toEqual({});
    expect(validateDeploy({ ...valid, offerId: null }).offerId).toBe('Pick a GPU to deploy on');
    expect(validateDeploy({ ...valid, diskGb: '' }).diskGb).toBe('Enter a disk size in GB');
    expect(validateDeploy({ ...valid, diskGb: '12.5' }).diskGb).toBe('Enter a whole number of GB');
    for (const diskGb of ['9', '2049', '0']) {
      expect(validateDeploy({ ...valid, diskGb }).diskGb).toBe(
        'Disk size must be between 10 and 2048 GB',
      );
    }
    expect(validateDeploy({ ...valid, diskGb: '10' })).toEqual({});
    expect(validateDeploy({ ...valid, diskGb: '2048' })).toEqual({});
    expect(validateDeploy({ ...valid, diskGb: '30' }, 40).diskGb).toBe(
      'Disk size must be between 40 and 2048 GB',
    );
    expect(validateDeploy({ ...valid, hfToken: 'hf_a b' }).hfToken).toMatch(/no spaces/);
    expect(validateDeploy({ ...valid, hfToken: 'x'.repeat(257) }).hfToken).toMatch(/256/);
  });

  it('sends the token only when one was given', () => {
    expect(toDeployRequest({ offerId: 7, diskGb: ' 40 ', hfToken: '  ' })).toEqual({
      offer_id: 7,
      disk_gb: 40,
    });
    expect(toDeployRequest({ offerId: 7, diskGb: '40', hfToken: ' hf_abc ' })).toEqual({
      offer_id: 7,
      disk_gb: 40,
      env: { HF_TOKEN: 'hf_abc' },
    });
  });

  it('asks for the variables a template leaves empty or as a placeholder, secrets hidden', () => {
    const env = { MODE: 'fast', API_KEY: '<your-key>', DB_URL: '', ROOT: '${ROOT}', HF_TOKEN: '' };
    expect(settingsToFill({ env_vars: env })).toEqual(['API_KEY', 'DB_URL', 'ROOT']);
    expect(isSecretName('API_KEY')).toBe(true);
    expect(isSecretName('DB_URL')).toBe(false);
    expect(validateSettings({ API_KEY: 'a\nb', DB_URL: 'x'.repeat(257), ROOT: '/data' })).toEqual({
      API_KEY: 'One line only',
      DB_URL: 'At most 256 characters',
    });
    expect(
      toDeployRequest(
        { offerId: 7, diskGb: '40', hfToken: 'hf_abc' },
        { API_KEY: ' sk-1 ', DB_URL: '  ' },
      ),
    ).toEqual({ offer_id: 7, disk_gb: 40, env: { API_KEY: 'sk-1', HF_TOKEN: 'hf_abc' } });
  });

  it('asks for a Hugging Face token on vLLM and templates that declare HF_TOKEN', () => {
    expect(takesHfToken({ slug: 'vllm', env_vars: {} })).toBe(true);
    expect(takesHfToken({ slug: 'tgi', env_vars: { HF_TOKEN: '' } })).toBe(true);
    expect(takesHfToken({ slug: 'jupyter-lab', env_vars: { JUPYTER_ENABLE_LAB: 'yes' } })).toBe(
      false,
    );
  });
});

describe('DeployPanel', () => {
  it('preselects the best offer, deploys on it and opens the deployment', async () => {
    signIn();
    const fetchMock = mockApi({
      ...templatePage,
      ...deploymentPage,
      'POST /api/v1/templates/jupyter-lab/deploy': { status: 201, body: runningDeployment },
    });
    const { user, router } = renderApp('/templates/jupyter-lab');

    const form = await screen.findByTestId('deploy-form');
    const options = within(form).getAllByTestId('offer-option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent('RTX 3090');
    expect(within(options[0]).getByTestId('rank-reasons')).toHaveTextContent(
      'ready 9 of 10 times on this host · fast download 850 Mb/s · verified',
    );
    expect(options[0]).toHaveTextContent('$0.21/h');
    expect(options[0]).toHaveTextContent('24 GB VRAM');
    expect(options[0]).toHaveTextContent('99.4% reliable');
    expect(options[0]).toHaveTextContent('Quebec, CA');
    expect(options[1]).toHaveTextContent('2× RTX 4090');
    expect(within(options[0]).getByRole('radio')).toBeChecked();
    expect(screen.getByLabelText('Disk size (GB)')).toHaveValue(20);
    expect(screen.queryByLabelText(/Hugging Face token/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Deploy JupyterLab' })).toHaveTextContent(
      'simulated',
    );

    await user.click(options[1]);
    expect(within(options[1]).getByRole('radio')).toBeChecked();
    await user.click(options[0]);
    await user.click(screen.getByTestId('deploy-button'));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/deployments/${runningDeployment.id}`),
    );
    const [[, init]] = calls(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy');
    expect(JSON.parse(String(init?.body))).toEqual({
      offer_id: 4101,
      strategy: 'roundrobin',
      disk_gb: 20,
    });
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer jwt-123');
    expect(await screen.findByTestId('deployment-status')).toHaveTextContent('running');
  });

  it('blocks a disk size out of range with an inline message and sends nothing', async () => {
    signIn();
    const fetchMock = mockApi(templatePage);
    const { user } = renderApp('/templates/jupyter-lab');

    const disk = await screen.findByLabelText('Disk size (GB)');
    await user.clear(disk);
    await user.type(disk, '5');
    await user.click(screen.getByTestId('deploy-button'));

    expect(screen.getByText('Disk size must be between 20 and 2048 GB')).toBeInTheDocument();
    expect(disk).toHaveAttribute('aria-invalid', 'true');
    expect(disk).toHaveAccessibleDescription('Disk size must be between 20 and 2048 GB');
    expect(disk).toHaveFocus();

    await user.clear(disk);
    await user.type(disk, '4096');
    expect(disk).toHaveAccessibleDescription('Disk size must be between 20 and 2048 GB');
    await user.click(screen.getByTestId('deploy-button'));

    await user.clear(disk);
    await user.type(disk, '100');
    expect(screen.queryByText('Disk size must be between 20 and 2048 GB')).not.toBeInTheDocument();
    expect(calls(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy')).toHaveLength(0);
  });

  it('sends the optional Hugging Face token of a vLLM deployment as HF_TOKEN', async () => {
    signIn();
    const fetchMock = mockApi({
      ...templatePage,
      ...deploymentPage,
      'GET /api/v1/templates/vllm': vllm,
      'GET /api/v1/templates/vllm/offers': { ...jupyterOffers, template_slug: 'vllm' },
      'POST /api/v1/templates/vllm/deploy': { status: 201, body: runningDeployment },
    });
    const { user, router } = renderApp('/templates/vllm');

    const token = await screen.findByLabelText('Hugging Face token (optional)');
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toHaveAccessibleDescription(
      'Only needed for gated models such as Llama. Dumont passes it to the instance as HF_TOKEN and never shows it again.',
    );
    await user.type(token, 'hf_secret');
    await user.click(screen.getByTestId('deploy-button'));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/deployments\//));
    const [[, init]] = calls(fetchMock, 'POST', '/api/v1/templates/vllm/deploy');
    expect(JSON.parse(String(init?.body))).toEqual({
      offer_id: 4101,
      strategy: 'roundrobin',
      disk_gb: 20,
      env: { HF_TOKEN: 'hf_secret' },
    });
  });

  it("shows the server's reason inline and refreshes the offers when one is gone", async () => {
    signIn();
    const fetchMock = mockApi({
      ...templatePage,
      'POST /api/v1/templates/jupyter-lab/deploy': {
        status: 409,
        body: {
          type: 'https://dumont.cloud/problems/offer-gone',
          title: 'Offer no longer available',
          status: 409,
          detail: 'Offer 4101 was rented or withdrawn; pick another offer',
        },
      },
    });
    const { user } = renderApp('/templates/jupyter-lab');

    await user.click(await screen.findByTestId('deploy-button'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Offer no longer available');
    expect(alert).toHaveTextContent('Offer 4101 was rented or withdrawn; pick another offer');
    expect(alert).toHaveTextContent('The list shows the offers available now.');
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.filter(([url]) =>
          String(url).startsWith('/api/v1/templates/jupyter-lab/offers'),
        ),
      ).toHaveLength(2),
    );
  });

  it('shows the detail of a refusal such as the deployment limit', async () => {
    signIn();
    mockApi({
      ...templatePage,
      'POST /api/v1/templates/jupyter-lab/deploy': problem(
        429,
        'Too many deployments',
        'You already have 3 live deployments; destroy one first',
      ),
    });
    const { user } = renderApp('/templates/jupyter-lab');

    await user.click(await screen.findByTestId('deploy-button'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You already have 3 live deployments; destroy one first',
    );
  });

  it('sends signed-out visitors to sign in, coming back to the template', async () => {
    const fetchMock = mockApi(templatePage);
    const { user, router } = renderApp('/templates/jupyter-lab');

    const button = await screen.findByTestId('deploy-button');
    expect(button).toHaveTextContent('Sign in to deploy');
    await user.click(button);

    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Ftemplates%2Fjupyter-lab');
    expect(calls(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy')).toHaveLength(0);
  });

  it('says when no GPU fits and asks to be notified', async () => {
    signIn();
    const alert = {
      id: 'a1',
      template_slug: 'vllm',
      created_at: '2025-11-24T10:00:00Z',
    };
    const fetchMock = mockApi({
      ...templatePage,
      'GET /api/v1/templates/vllm': vllm,
      'GET /api/v1/templates/vllm/offers': noOffers,
      'GET /api/v1/offer-alerts': [],
      'POST /api/v1/templates/vllm/offer-alerts': { status: 201, body: alert },
    });
    const { user } = renderApp('/templates/vllm');

    const empty = await screen.findByTestId('no-offers');
    expect(empty).toHaveTextContent('No compatible GPUs available');
    expect(empty).toHaveTextContent('Ask to be notified');
    expect(screen.queryByTestId('deploy-form')).not.toBeInTheDocument();

    await user.click(within(empty).getByTestId('notify-me'));

    expect(await within(empty).findByRole('status')).toHaveTextContent(
      'Dumont is watching for offers',
    );
    expect(within(empty).queryByTestId('notify-me')).not.toBeInTheDocument();
    const [[, init]] = calls(fetchMock, 'POST', '/api/v1/templates/vllm/offer-alerts');
    expect(JSON.parse(String(init?.body))).toEqual({});
  });

  it('remembers that Dumont is already watching for this template', async () => {
    signIn();
    mockApi({
      ...templatePage,
      'GET /api/v1/templates/vllm': vllm,
      'GET /api/v1/templates/vllm/offers': noOffers,
      'GET /api/v1/offer-alerts': [
        { id: 'a1', template_slug: 'vllm', created_at: '2025-11-24T10:00:00Z' },
      ],
    });
    renderApp('/templates/vllm');

    expect(await screen.findByText(/Dumont is watching for offers/)).toBeInTheDocument();
    expect(screen.queryByTestId('notify-me')).not.toBeInTheDocument();
  });
});

describe('offer constraints', () => {
  it('send only what differs from the defaults, and refuse a price out of range', () => {
    const any = { region: '', verifiedOnly: true, maxPrice: '' } as const;
    expect(offerQueryParams(any)).toEqual({
      region: undefined,
      verified_only: undefined,
      max_price: undefined,
    });
    expect(constraintFields(any)).toEqual({});
    expect(constraintFields({ region: 'europe', verifiedOnly: false, maxPrice: ' 0.5 ' })).toEqual({
      region: 'europe',
      verified_only: false,
      max_price_per_hour: 0.5,
    });
    expect(maxPriceError('abc')).toMatch(/price/);
    expect(maxPriceError('0')).toMatch(/between/);
    expect(maxPriceError('1001')).toMatch(/between/);
    expect(constraintFields({ ...any, maxPrice: '0' })).toEqual({});
  });

  it('narrow the offer list by region, verification and price and go with the deploy', async () => {
    signIn();
    const german = {
      ...jupyterOffers.offers![0],
      id: 5101,
      location: 'Germany, DE',
      price_per_hour: 0.31,
    };
    const unverified = {
      ...german,
      id: 5102,
      verified: false,
      price_per_hour: 0.19,
      rank_reasons: ['$0.190/h', 'host reliability 91.0%', 'unverified host'],
    };
    const fetchMock = mockApi({
      ...templatePage,
      ...deploymentPage,
      'GET /api/v1/templates/jupyter-lab/offers': ({ url }: HandlerRequest) => {
        if (url.searchParams.get('region') !== 'europe') return jupyterOffers;
        const offers =
          url.searchParams.get('verified_only') === 'false' ? [unverified, german] : [german];
        return { ...jupyterOffers, offers };
      },
      'POST /api/v1/templates/jupyter-lab/deploy': { status: 201, body: runningDeployment },
    });
    const { user, router } = renderApp('/templates/jupyter-lab');

    const form = await screen.findByTestId('deploy-form');
    expect(within(form).getAllByTestId('offer-option')[0]).toHaveTextContent('Quebec, CA');
    expect(screen.getByRole('switch', { name: /Verified hosts only/ })).toBeChecked();

    await user.selectOptions(screen.getByLabelText('Region'), 'europe');
    await waitFor(() =>
      expect(screen.getAllByTestId('offer-option')[0]).toHaveTextContent('Germany, DE'),
    );
    expect(screen.queryByText('Unverified host')).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: /Verified hosts only/ }));
    await waitFor(() => expect(screen.getAllByTestId('offer-option')).toHaveLength(2));
    const cheapest = screen.getAllByTestId('offer-option')[0];
    expect(cheapest).toHaveTextContent('Unverified host');
    expect(within(cheapest).getByTestId('rank-reasons')).toHaveTextContent('unverified host');

    await user.type(screen.getByLabelText('Max $/h'), '0.5');
    await waitFor(() =>
      expect(
        callsTo(fetchMock, 'GET', '/api/v1/templates/jupyter-lab/offers').some(
          ({ url }) => url.searchParams.get('max_price') === '0.5',
        ),
      ).toBe(true),
    );
    const lastQuery = callsTo(fetchMock, 'GET', '/api/v1/templates/jupyter-lab/offers').at(-1)!;
    expect(Object.fromEntries(lastQuery.url.searchParams)).toMatchObject({
      region: 'europe',
      verified_only: 'false',
      max_price: '0.5',
    });

    await user.click(screen.getByTestId('deploy-button'));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/deployments/${runningDeployment.id}`),
    );
    const [deploy] = callsTo(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy');
    expect(bodyOf(deploy)).toEqual({
      offer_id: 5102,
      strategy: 'roundrobin',
      disk_gb: 20,
      region: 'europe',
      verified_only: false,
      max_price_per_hour: 0.5,
    });
  });

  it('explain a price out of range and leave it out of the search', async () => {
    const fetchMock = mockApi(templatePage);
    const { user } = renderApp('/templates/jupyter-lab');

    await screen.findByTestId('deploy-form');
    await user.type(screen.getByLabelText('Max $/h'), '5000');

    expect(await screen.findByText(/between \$0.01 and \$1000\/h/)).toBeInTheDocument();
    expect(screen.getByLabelText('Max $/h')).toHaveAttribute('aria-invalid', 'true');
    // Past the debounce: neither the keystrokes on the way (5, 50, 500) nor 5000 were searched.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const searches = callsTo(fetchMock, 'GET', '/api/v1/templates/jupyter-lab/offers');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every(({ url }) => !url.searchParams.has('max_price'))).toBe(true);
  });
});

describe('interruptible (spot) deploys', () => {
  const bidPath = '/api/v1/spot/market/RTX%203090/bid';
  const suggestion = {
    gpu_name: 'RTX 3090',
    num_gpus: 1,
    bid_per_hour: 0.12,
    outbid_risk: 0.08,
    target_risk: 0.1,
    samples: 2016,
    window_hours: 168,
    on_demand_median: 0.25,
    savings: 0.52,
    ladder: [],
  };

  it('send the bid only when valid and not with a warm pool', () => {
    const valid = { offerId: 1, diskGb: '20', hfToken: '', strategy: 'roundrobin' as const };
    expect(validateDeploy({ ...valid, bidPerHour: '0.15' })).toEqual({});
    expect(validateDeploy({ ...valid, bidPerHour: '' }).bidPerHour).toBe('Enter a bid in $/h');
    expect(validateDeploy({ ...valid, bidPerHour: 'abc' }).bidPerHour).toMatch(/such as 0.25/);
    for (const bidPerHour of ['0', '0.0009', '128.5']) {
      expect(validateDeploy({ ...valid, bidPerHour }).bidPerHour).toBe(
        'A bid is between $0.001 and $128/h',
      );
    }
    expect(toDeployRequest({ ...valid, bidPerHour: ' 0.15 ' }).bid_per_hour).toBe(0.15);
    expect(toDeployRequest({ ...valid, bidPerHour: null })).not.toHaveProperty('bid_per_hour');
    const pooled = { ...valid, strategy: 'serverless' as const, bidPerHour: 'x' };
    expect(validateDeploy(pooled)).toEqual({});
    expect(toDeployRequest(pooled)).not.toHaveProperty('bid_per_hour');
  });

  it("prefill the suggested bid for the offer's GPU, show its risk and saving, and send it", async () => {
    signIn();
    const fetchMock = mockApi({
      ...templatePage,
      ...deploymentPage,
      [`GET ${bidPath}`]: ({ url }: HandlerRequest) => {
        const bid = url.searchParams.get('bid');
        return bid
          ? { ...suggestion, your_bid: { bid_per_hour: Number(bid), outbid_risk: 0.31 } }
          : suggestion;
      },
      'POST /api/v1/templates/jupyter-lab/deploy': {
        status: 201,
        body: { ...runningDeployment, bid_per_hour: 0.1 },
      },
    });
    const { user, router } = renderApp('/templates/jupyter-lab');

    const control = await screen.findByTestId('bid-control');
    expect(within(control).queryByLabelText('Bid ($/h)')).not.toBeInTheDocument();
    // Nothing asked of the market until the user wants to bid.
    expect(callsTo(fetchMock, 'GET', bidPath)).toHaveLength(0);

    await user.click(within(control).getByRole('switch', { name: /Interruptible \(spot\)/ }));
    const input = within(control).getByLabelText('Bid ($/h)');
    await waitFor(() => expect(input).toHaveValue(0.12));
    const [lookup] = callsTo(fetchMock, 'GET', bidPath);
    expect(lookup.url.searchParams.get('num_gpus')).toBe('1');
    const facts = within(control).getByTestId('bid-risk');
    expect(facts).toHaveTextContent('Suggested for RTX 3090: $0.12/h');
    expect(facts).toHaveTextContent('Outbid risk 8%');
    // 0.12 against the offer's 0.214 on-demand.
    expect(facts).toHaveTextContent("saves 44% on this offer's $0.21/h on-demand");
    expect(control).toHaveTextContent(
      'If outbid, the instance stops and Dumont rents another at the same bid',
    );

    await user.clear(input);
    await user.type(input, '0.1');
    await waitFor(() => expect(facts).toHaveTextContent('Outbid risk 31%'));
    expect(facts).toHaveTextContent('saves 53%');

    await user.click(screen.getByTestId('deploy-button'));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/deployments/${runningDeployment.id}`),
    );
    const [deploy] = callsTo(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy');
    expect(bodyOf(deploy)).toEqual({
      offer_id: 4101,
      strategy: 'roundrobin',
      disk_gb: 20,
      bid_per_hour: 0.1,
    });
  });

  it('block an empty bid inline and send nothing', async () => {
    signIn();
    const fetchMock = mockApi({
      ...templatePage,
      [`GET ${bidPath}`]: problem(404, 'Not found', 'RTX 3090 never sampled'),
    });
    const { user } = renderApp('/templates/jupyter-lab');

    const control = await screen.findByTestId('bid-control');
    await user.click(within(control).getByRole('switch', { name: /Interruptible/ }));
    expect(
      await within(control).findByText(/No interruptible prices recorded for RTX 3090 yet/),
    ).toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', bidPath).length).toBeGreaterThan(0);
    const input = within(control).getByLabelText('Bid ($/h)');
    expect(input).toHaveValue(null);

    await user.click(screen.getByTestId('deploy-button'));
    expect(await within(control).findByText('Enter a bid in $/h')).toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(callsTo(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy')).toHaveLength(0);
  });

  it('are not offered with the warm pool, which the server refuses bids for', async () => {
    signIn();
    const fetchMock = mockApi({
      ...templatePage,
      ...deploymentPage,
      [`GET ${bidPath}`]: suggestion,
      'POST /api/v1/templates/jupyter-lab/deploy': { status: 201, body: runningDeployment },
    });
    const { user } = renderApp('/templates/jupyter-lab');

    const control = await screen.findByTestId('bid-control');
    const toggle = within(control).getByRole('switch', { name: /Interruptible/ });
    await user.click(toggle);
    await waitFor(() => expect(within(control).getByLabelText('Bid ($/h)')).toHaveValue(0.12));

    await user.click(screen.getByRole('button', { name: 'Warm pool' }));
    expect(toggle).toBeDisabled();
    expect(toggle).not.toBeChecked();
    expect(within(control).getByTestId('bid-hint')).toHaveTextContent(
      'Not with “Warm pool”: its instances are rented on-demand.',
    );
    expect(within(control).queryByLabelText('Bid ($/h)')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('deploy-button'));
    await waitFor(() =>
      expect(callsTo(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy')).toHaveLength(1),
    );
    const [deploy] = callsTo(fetchMock, 'POST', '/api/v1/templates/jupyter-lab/deploy');
    expect(bodyOf(deploy)).not.toHaveProperty('bid_per_hour');
    expect(bodyOf(deploy)).toMatchObject({ strategy: 'serverless' });
  });
});
