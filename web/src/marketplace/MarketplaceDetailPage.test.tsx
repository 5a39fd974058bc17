import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  communityDetail,
  communityTemplate,
  jupyterOffers,
  me,
  reviewPage,
  runningDeployment,
  serverInfo,
  templateAnalytics,
  templateVersions,
} from '@/test/fixtures';
import { bodyOf, callsTo, mockApi, problem, type Handler } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

const id = communityTemplate.id!;
const base = `/api/v1/marketplace/templates/${id}`;
const user = { ...me, role: 'USER', email: 'ada@example.org', display_name: 'Ada' };

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function detailHandlers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': user,
    'GET /api/v1/marketplace/mine': [],
    [`GET ${base}`]: communityDetail,
    [`GET ${base}/versions`]: templateVersions,
    [`GET ${base}/analytics`]: templateAnalytics,
    [`GET ${base}/reviews`]: reviewPage,
    [`GET /api/v1/templates/${id}/offers`]: jupyterOffers,
    ...overrides,
  };
}

describe('MarketplaceDetailPage', () => {
  it('shows the header, README, spec, quality report, versions and usage', async () => {
    mockApi(detailHandlers());
    renderApp(`/marketplace/${id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'ComfyUI SDXL' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('template-version')).toHaveTextContent('v1.2.0');
    expect(screen.getByText(/Ada Lovelace/, { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByTestId('documentation-link')).toHaveAttribute(
      'href',
      'https://docs.example.org/comfy-sdxl',
    );
    expect(screen.getByTestId('doi-link')).toHaveAttribute(
      'href',
      'https://doi.org/10.1038/s41586-024-00001-x',
    );
    expect(screen.getByRole('link', { name: 'ComfyUI' })).toHaveAttribute(
      'href',
      '/marketplace/0b6c1d2e-0000-4000-8000-000000000003',
    );

    const readme = await screen.findByTestId('template-readme', {}, { timeout: 10_000 });
    expect(within(readme).getByRole('heading', { name: 'Getting started' })).toBeInTheDocument();
    expect(within(readme).getByRole('link', { name: 'Docs' })).toHaveAttribute('target', '_blank');

    const spec = screen.getByRole('region', { name: 'Launch spec' });
    expect(spec).toHaveTextContent('ghcr.io/ada/comfy-sdxl:1.2');
    expect(spec).toHaveTextContent('Instance portal');
    expect(spec).toHaveTextContent('Recommended VRAM24 GB');
    expect(screen.getByRole('region', { name: 'Ports' })).toHaveTextContent('8188/http');
    expect(screen.getByRole('region', { name: 'Environment variables' })).toHaveTextContent(
      '<your-hf-token>',
    );

    const quality = screen.getByTestId('quality-report');
    expect(within(quality).getByTestId('quality-score')).toHaveTextContent('90/100');
    const checks = within(quality).getAllByTestId('quality-check');
    expect(checks.map((check) => check.getAttribute('data-level'))).toEqual([
      'warn',
      'pass',
      'pass',
    ]);
    expect(checks[0]).toHaveTextContent('The image is not pinned');
    expect(within(checks[0]).getByRole('img', { name: 'Warning' })).toBeInTheDocument();

    const versions = await screen.findByTestId('versions-list');
    const items = within(versions).getAllByTestId('version-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('1.2.0Latest');
    expect(items[0]).toHaveTextContent('SDXL refiner added.');
    expect(within(versions).queryByTestId('yank-button')).not.toBeInTheDocument();

    const usage = await screen.findByTestId('analytics');
    expect(usage).toHaveTextContent('Success rate80.0%');
    expect(usage).toHaveTextContent('Median time to ready1 min 35 s');
    expect(within(usage).getAllByTestId('analytics-bar')).toHaveLength(30);
    const reasons = within(usage).getByTestId('failure-reasons');
    expect(within(reasons).getByRole('link', { name: /health check/i })).toHaveAttribute(
      'href',
      '/troubleshooting#health-timeout',
    );
    expect(reasons).toHaveTextContent('weird-code4 launches');
  });

  it('renders a hostile README without script, event handlers or javascript: links', async () => {
    mockApi(
      detailHandlers({
        [`GET ${base}`]: {
          ...communityDetail,
          readme: [
            '# Hello',
            '',
            '<script>window.pwned = true</script>',
            '',
            '<img src="x.png" onerror="window.pwned = true">',
            '',
            '[x](javascript:alert(1)) and [y](JaVaScRiPt:alert(2))',
            '',
            '<a href="javascript:alert(3)">raw</a> <b onmouseover="alert(4)">bold</b>',
            '',
            '![pic](javascript:alert(5))',
          ].join('\n'),
        },
      }),
    );
    renderApp(`/marketplace/${id}`);

    const readme = await screen.findByTestId('template-readme', {}, { timeout: 10_000 });
    expect(within(readme).getByRole('heading', { name: 'Hello' })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect(readme.innerHTML).not.toMatch(/<script/i);
    expect(readme.querySelectorAll('[onerror], [onmouseover]')).toHaveLength(0);
    expect(readme.innerHTML).not.toMatch(/onerror|onmouseover/i);
    for (const element of readme.querySelectorAll('[href], [src]')) {
      expect(element.getAttribute('href') ?? element.getAttribute('src')).not.toMatch(
        /javascript:/i,
      );
    }
    expect(readme.innerHTML).not.toMatch(/javascript:/i);
    // The link text stays, as text: nothing to click.
    expect(readme).toHaveTextContent('x and y');
    expect(within(readme).queryByRole('link', { name: 'x' })).not.toBeInTheDocument();
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('asks visitors to sign in before deploying and shows no author actions', async () => {
    const fetchMock = mockApi(detailHandlers());
    renderApp(`/marketplace/${id}`);

    const deploy = await screen.findByTestId('deploy-sign-in');
    expect(within(deploy).getByRole('link', { name: 'Sign in to deploy' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent(`/marketplace/${id}`)}`,
    );
    expect(screen.queryByTestId('edit-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('unpublish-button')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', `/api/v1/templates/${id}/offers`)).toHaveLength(0);
    expect(callsTo(fetchMock, 'GET', '/api/v1/marketplace/mine')).toHaveLength(0);
  });

  it('deploys a community template by its id through the deploy panel', async () => {
    signIn();
    const withKey = {
      ...communityDetail,
      spec: {
        ...communityDetail.spec!,
        env: { ...communityDetail.spec!.env, API_KEY: '<your-key>' },
      },
    };
    const fetchMock = mockApi(
      detailHandlers({
        [`GET ${base}`]: withKey,
        [`POST /api/v1/templates/${id}/deploy`]: { status: 201, body: runningDeployment },
        [`GET /api/v1/deployments/${runningDeployment.id}`]: runningDeployment,
        [`GET /api/v1/deployments/${runningDeployment.id}/events`]: [],
      }),
    );
    const { user: person, router } = renderApp(`/marketplace/${id}`);

    const form = await screen.findByTestId('deploy-form');
    // The template's spec declares HF_TOKEN and a 60 GB disk.
    expect(within(form).getByLabelText('Disk size (GB)')).toHaveValue(60);
    await person.type(within(form).getByLabelText(/Hugging Face token/), 'hf_abc');
    // A placeholder the author left is asked for, typed like a password; COMFY_ARGS has a value.
    const setting = within(form).getByTestId('deploy-setting');
    expect(setting).toHaveAccessibleName('API_KEY (optional)');
    expect(setting).toHaveAttribute('type', 'password');
    await person.type(setting, 'sk-mine');
    await person.click(screen.getByTestId('deploy-button'));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/deployments/${runningDeployment.id}`),
    );
    const [request] = callsTo(fetchMock, 'POST', `/api/v1/templates/${id}/deploy`);
    expect(bodyOf(request)).toEqual({
      offer_id: 4101,
      strategy: 'roundrobin',
      disk_gb: 60,
      env: { API_KEY: 'sk-mine', HF_TOKEN: 'hf_abc' },
    });
  });

  it('lets the author edit, yank a version and unpublish', async () => {
    signIn();
    let unpublished = false;
    const detail: Handler = () =>
      unpublished
        ? { ...communityDetail, unpublished_at: '2026-03-05T10:00:00Z' }
        : communityDetail;
    const fetchMock = mockApi(
      detailHandlers({
        'GET /api/v1/marketplace/mine': [communityTemplate],
        [`GET ${base}`]: detail,
        [`POST ${base}/versions/1.1.0/yank`]: [
          templateVersions[0],
          { ...templateVersions[1], yanked: true },
        ],
        [`DELETE ${base}`]: () => {
          unpublished = true;
          return { status: 204 };
        },
      }),
    );
    const { user: person } = renderApp(`/marketplace/${id}`);

    expect(await screen.findByTestId('edit-button')).toHaveAttribute(
      'href',
      `/marketplace/${id}/edit`,
    );

    const versions = await screen.findByTestId('versions-list');
    const older = within(versions).getAllByTestId('version-item')[1];
    await person.click(within(older).getByTestId('yank-button'));
    const confirmYank = await screen.findByRole('alertdialog', { name: 'Yank version 1.1.0?' });
    await person.click(within(confirmYank).getByTestId('confirm-yank'));
    await waitFor(() =>
      expect(within(versions).getAllByTestId('version-item')[1]).toHaveTextContent('Yanked'),
    );
    expect(within(versions).getAllByTestId('version-item')[1]).toHaveAttribute(
      'data-yanked',
      'true',
    );

    await person.click(screen.getByTestId('unpublish-button'));
    const confirm = await screen.findByRole('alertdialog', { name: 'Unpublish ComfyUI SDXL?' });
    await person.click(within(confirm).getByTestId('confirm-unpublish'));

    expect(await screen.findByTestId('unpublished-notice')).toHaveTextContent(
      'takes no new deployments',
    );
    expect(callsTo(fetchMock, 'DELETE', base)).toHaveLength(1);
    expect(screen.queryByTestId('unpublish-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('deploy-form')).not.toBeInTheDocument();
  });

  it('forks into the caller’s namespace and opens the fork', async () => {
    signIn();
    const forkId = 'f0000000-0000-4000-8000-000000000201';
    const fork = {
      ...communityDetail,
      id: forkId,
      slug: 'my-sdxl',
      name: 'My SDXL',
      author: { handle: 'grace', name: 'Grace', verified: false },
      forked_from: {
        template_id: id,
        name: 'ComfyUI SDXL',
        author_handle: 'ada',
        version: '1.2.0',
      },
    };
    const fetchMock = mockApi(
      detailHandlers({
        [`POST ${base}/fork`]: { status: 201, body: fork },
        [`GET /api/v1/marketplace/templates/${forkId}`]: fork,
        [`GET /api/v1/marketplace/templates/${forkId}/versions`]: templateVersions,
        [`GET /api/v1/marketplace/templates/${forkId}/analytics`]: templateAnalytics,
        [`GET /api/v1/marketplace/templates/${forkId}/reviews`]: { ...reviewPage, items: [] },
        [`GET /api/v1/templates/${forkId}/offers`]: jupyterOffers,
      }),
    );
    const { user: person, router } = renderApp(`/marketplace/${id}`);

    await person.click(await screen.findByTestId('fork-button'));
    const dialog = await screen.findByRole('dialog', { name: 'Fork ComfyUI SDXL' });
    const slug = within(dialog).getByLabelText(/Slug/);
    await person.type(slug, 'My SDXL');
    await person.click(within(dialog).getByTestId('fork-submit'));
    expect(within(dialog).getByTestId('field-error')).toHaveTextContent(
      'Lowercase letters, digits and dashes',
    );
    expect(callsTo(fetchMock, 'POST', `${base}/fork`)).toHaveLength(0);

    await person.clear(slug);
    await person.type(slug, 'my-sdxl');
    await person.type(within(dialog).getByLabelText(/Name/), 'My SDXL');
    await person.click(within(dialog).getByTestId('fork-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/marketplace/${forkId}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'My SDXL' })).toBeInTheDocument();
    const [request] = callsTo(fetchMock, 'POST', `${base}/fork`);
    expect(bodyOf(request)).toEqual({ slug: 'my-sdxl', name: 'My SDXL' });
  });

  it('shows the server’s reason when a fork slug is taken', async () => {
    signIn();
    mockApi(
      detailHandlers({
        [`POST ${base}/fork`]: {
          status: 409,
          body: {
            title: 'Conflict',
            status: 409,
            detail: 'You already have a template called comfy-sdxl',
          },
        },
      }),
    );
    const { user: person } = renderApp(`/marketplace/${id}`);

    await person.click(await screen.findByTestId('fork-button'));
    const dialog = await screen.findByRole('dialog', { name: 'Fork ComfyUI SDXL' });
    await person.click(within(dialog).getByTestId('fork-submit'));
    expect(
      await within(dialog).findByText('You already have a template called comfy-sdxl'),
    ).toHaveAttribute('data-testid', 'field-error');
    expect(within(dialog).getByLabelText(/Slug/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('reports a template with a reason', async () => {
    signIn();
    const fetchMock = mockApi(
      detailHandlers({ [`POST ${base}/reports`]: { status: 201, body: { id: 'rep-1' } } }),
    );
    const { user: person } = renderApp(`/marketplace/${id}`);

    await person.click(await screen.findByTestId('report-button'));
    const dialog = await screen.findByRole('dialog', { name: 'Report ComfyUI SDXL' });
    await person.click(within(dialog).getByTestId('report-submit'));
    expect(within(dialog).getByTestId('field-error')).toHaveTextContent('Pick what is wrong');

    await person.selectOptions(within(dialog).getByLabelText('Reason'), 'secrets');
    await person.type(within(dialog).getByLabelText(/Details/), 'HF token in the env');
    await person.click(within(dialog).getByTestId('report-submit'));

    expect(
      await screen.findByRole('heading', { name: 'Thanks for the report' }),
    ).toBeInTheDocument();
    const [request] = callsTo(fetchMock, 'POST', `${base}/reports`);
    expect(bodyOf(request)).toEqual({ reason: 'secrets', details: 'HF token in the env' });
  });

  it('shows no feature toggle to visitors', async () => {
    mockApi(detailHandlers());
    renderApp(`/marketplace/${id}`);
    expect(await screen.findByTestId('report-button')).toBeInTheDocument();
    expect(screen.queryByTestId('feature-toggle')).not.toBeInTheDocument();
  });

  it('shows no feature toggle to users who are not admins', async () => {
    signIn();
    mockApi(detailHandlers());
    renderApp(`/marketplace/${id}`);
    // The header shows the user once /auth/me answered: the role is known.
    expect(await screen.findByTestId('current-user-email')).toHaveTextContent('ada@example.org');
    expect(await screen.findByTestId('report-button')).toBeInTheDocument();
    expect(screen.queryByTestId('feature-toggle')).not.toBeInTheDocument();
    expect(screen.queryByTestId('moderation-link')).not.toBeInTheDocument();
  });

  it('lets an admin feature the template, then unfeature it', async () => {
    signIn();
    let featured = false;
    const fetchMock = mockApi(
      detailHandlers({
        'GET /api/v1/auth/me': me,
        [`GET ${base}`]: () => ({ ...communityDetail, featured }),
        'GET /api/v1/marketplace/featured': () => (featured ? [communityTemplate] : []),
        'POST /api/v1/marketplace/featured': () => {
          featured = true;
          return { status: 201, body: { template_id: id, position: 3 } };
        },
        [`DELETE /api/v1/marketplace/featured/${id}`]: () => {
          featured = false;
          return { status: 204 };
        },
      }),
    );
    const { user: person } = renderApp(`/marketplace/${id}`);

    const toggle = await screen.findByTestId('feature-toggle');
    expect(toggle).toHaveTextContent('Feature');
    expect(screen.queryByTestId('featured-badge')).not.toBeInTheDocument();
    await person.click(toggle);

    await waitFor(() =>
      expect(screen.getByTestId('feature-toggle')).toHaveTextContent('Unfeature'),
    );
    expect(screen.getByTestId('featured-badge')).toBeInTheDocument();
    const [post] = callsTo(fetchMock, 'POST', '/api/v1/marketplace/featured');
    expect(bodyOf(post)).toEqual({ template_id: id });
    expect(callsTo(fetchMock, 'GET', base)).toHaveLength(2);

    await person.click(screen.getByTestId('feature-toggle'));
    await waitFor(() =>
      expect(screen.getByTestId('feature-toggle')).toHaveTextContent(/^Feature$/),
    );
    expect(screen.queryByTestId('featured-badge')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'DELETE', `/api/v1/marketplace/featured/${id}`)).toHaveLength(1);
    expect(callsTo(fetchMock, 'POST', '/api/v1/marketplace/featured')).toHaveLength(1);
    expect(callsTo(fetchMock, 'GET', base)).toHaveLength(3);
  });

  it('shows why featuring was refused', async () => {
    signIn();
    mockApi(
      detailHandlers({
        'GET /api/v1/auth/me': me,
        [`GET ${base}`]: { ...communityDetail, featured: false },
        'POST /api/v1/marketplace/featured': problem(
          409,
          'Conflict',
          'Only listed templates (public, not unpublished) may be featured',
        ),
      }),
    );
    const { user: person } = renderApp(`/marketplace/${id}`);

    await person.click(await screen.findByTestId('feature-toggle'));
    expect(await screen.findByTestId('feature-error')).toHaveTextContent(
      'Only listed templates (public, not unpublished) may be featured',
    );
    expect(screen.getByTestId('feature-toggle')).toHaveTextContent('Feature');
  });

  it('says so when the template does not exist or is private', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      [`GET ${base}`]: problem(404, 'Not Found', `Template '${id}' not found`),
    });
    renderApp(`/marketplace/${id}`);

    expect(await screen.findByRole('heading', { name: 'Template not found' })).toBeInTheDocument();
  });
});
