import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import type { ReportDto } from '@/marketplace/types';
import { communityTemplate, me, secretsReport, serverInfo, spamReport } from '@/test/fixtures';
import { bodyOf, callsTo, mockApi, type Handler } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

const REPORTS = '/api/v1/marketplace/reports';
const resolvePath = (id: string) => `${REPORTS}/${id}/resolve`;
const user = { ...me, role: 'USER', email: 'ada@example.org', display_name: 'Ada' };

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

/**
 * The moderation API over a mutable list of reports: the list answers by status, and resolving
 * settles a report as the server does (unpublish settles every open report of the template).
 */
function moderationApi(initial: ReportDto[], overrides: Record<string, unknown> = {}) {
  let reports = initial.map((report) => ({ ...report }));
  const list: Handler = ({ url }) =>
    reports.filter((report) => report.status === (url.searchParams.get('status') ?? 'open'));
  const resolvers = Object.fromEntries(
    initial.map((target) => [
      `POST ${resolvePath(target.id!)}`,
      (({ init }) => {
        const { action, note } = JSON.parse(String(init.body)) as { action: string; note?: string };
        const status = action === 'dismiss' ? 'dismissed' : 'actioned';
        const settles = (report: ReportDto) =>
          report.status === 'open' &&
          (action === 'dismiss'
            ? report.id === target.id
            : report.template_id === target.template_id);
        reports = reports.map((report) =>
          settles(report)
            ? { ...report, status, resolution_note: note, resolved_at: '2026-03-05T10:00:00Z' }
            : report,
        );
        return reports.find((report) => report.id === target.id);
      }) satisfies Handler,
    ]),
  );
  return mockApi({
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': me,
    [`GET ${REPORTS}`]: list,
    ...resolvers,
    ...overrides,
  });
}

describe('ModerationPage', () => {
  it('lists the open reports with their template, reporter, reason, details and date', async () => {
    signIn();
    const fetchMock = moderationApi([secretsReport, spamReport]);
    renderApp('/marketplace/moderation');

    expect(await screen.findByTestId('moderation-page')).toBeInTheDocument();
    const rows = await screen.findAllByTestId('report-row');
    expect(rows).toHaveLength(2);

    const [first, second] = rows;
    expect(within(first).getByRole('link', { name: 'ComfyUI SDXL' })).toHaveAttribute(
      'href',
      `/marketplace/${communityTemplate.id}`,
    );
    expect(first).toHaveTextContent('Reported by grace@example.org on Mar 4, 2026');
    expect(within(first).getByTestId('report-reason')).toHaveTextContent('It publishes secrets');
    expect(first).toHaveTextContent('The env holds a real HF token.');
    expect(within(first).getByTestId('report-dismiss')).toBeEnabled();
    expect(within(first).getByTestId('report-unpublish')).toBeEnabled();
    expect(within(second).getByTestId('report-reason')).toHaveTextContent('Spam or misleading');
    expect(second).toHaveTextContent('No details given.');

    const tabs = screen.getAllByTestId('report-status-tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Open', 'Dismissed', 'Actioned']);
    expect(tabs[0]).toHaveAttribute('aria-current', 'page');

    const [request] = callsTo(fetchMock, 'GET', REPORTS);
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      status: 'open',
      page: '0',
      size: '50',
    });
    // Admins reach the queue from the header.
    expect(screen.getByTestId('moderation-link')).toHaveAttribute(
      'href',
      '/marketplace/moderation',
    );
  });

  it('dismisses a report: it leaves the open tab and shows under dismissed', async () => {
    signIn();
    const fetchMock = moderationApi([secretsReport, spamReport]);
    const { user: person } = renderApp('/marketplace/moderation');

    const [first] = await screen.findAllByTestId('report-row');
    await person.click(within(first).getByTestId('report-dismiss'));

    await waitFor(() => expect(screen.getAllByTestId('report-row')).toHaveLength(1));
    expect(screen.getByTestId('report-row')).toHaveTextContent('Free GPUs');
    const [request] = callsTo(fetchMock, 'POST', resolvePath(secretsReport.id!));
    expect(bodyOf(request)).toEqual({ action: 'dismiss' });
    expect(callsTo(fetchMock, 'POST', resolvePath(spamReport.id!))).toHaveLength(0);

    const dismissedTab = screen
      .getAllByTestId('report-status-tab')
      .find((tab) => tab.dataset.status === 'dismissed')!;
    await person.click(dismissedTab);
    await waitFor(() => expect(dismissedTab).toHaveAttribute('aria-current', 'page'));
    const dismissed = await screen.findByTestId('report-row');
    expect(dismissed).toHaveAttribute('data-status', 'dismissed');
    expect(dismissed).toHaveTextContent('ComfyUI SDXL');
    expect(within(dismissed).queryByTestId('report-dismiss')).not.toBeInTheDocument();
    expect(within(dismissed).queryByTestId('report-unpublish')).not.toBeInTheDocument();
  });

  it('asks for confirmation before unpublishing, and sends the note', async () => {
    signIn();
    const otherAboutComfy: ReportDto = {
      ...spamReport,
      id: 'a0000000-0000-4000-8000-000000000303',
      template_id: secretsReport.template_id,
      template_name: 'ComfyUI SDXL',
    };
    const fetchMock = moderationApi([secretsReport, otherAboutComfy, spamReport]);
    const { user: person } = renderApp('/marketplace/moderation');

    const [first] = await screen.findAllByTestId('report-row');
    await person.click(within(first).getByTestId('report-unpublish'));
    let dialog = await screen.findByRole('alertdialog', { name: 'Unpublish ComfyUI SDXL?' });
    await person.click(within(dialog).getByRole('button', { name: 'Keep it listed' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(callsTo(fetchMock, 'POST', resolvePath(secretsReport.id!))).toHaveLength(0);
    expect(screen.getAllByTestId('report-row')).toHaveLength(3);

    await person.click(within(first).getByTestId('report-unpublish'));
    dialog = await screen.findByRole('alertdialog', { name: 'Unpublish ComfyUI SDXL?' });
    await person.type(within(dialog).getByLabelText(/Note/), 'Leaks a token');
    await person.click(within(dialog).getByTestId('confirm-unpublish-report'));

    // Both reports of the template are settled; the other template's report stays.
    await waitFor(() => expect(screen.getAllByTestId('report-row')).toHaveLength(1));
    expect(screen.getByTestId('report-row')).toHaveTextContent('Free GPUs');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const [request] = callsTo(fetchMock, 'POST', resolvePath(secretsReport.id!));
    expect(bodyOf(request)).toEqual({ action: 'unpublish', note: 'Leaks a token' });

    await person.click(
      screen.getAllByTestId('report-status-tab').find((tab) => tab.dataset.status === 'actioned')!,
    );
    await waitFor(() =>
      expect(
        screen.getAllByTestId('report-row').map((row) => row.getAttribute('data-status')),
      ).toEqual(['actioned', 'actioned']),
    );
    expect(screen.getAllByTestId('report-resolution')[0]).toHaveTextContent(
      'Settled on Mar 5, 2026: Leaks a token',
    );
  });

  it('says so when no report is open', async () => {
    signIn();
    moderationApi([]);
    renderApp('/marketplace/moderation');

    expect(await screen.findByRole('heading', { name: 'No open reports' })).toBeInTheDocument();
    expect(screen.queryByTestId('report-row')).not.toBeInTheDocument();
  });

  it('shows the server’s reason when a report cannot be settled', async () => {
    signIn();
    moderationApi([secretsReport], {
      [`POST ${resolvePath(secretsReport.id!)}`]: {
        status: 409,
        body: { title: 'Conflict', status: 409, detail: 'The report is settled already' },
      },
    });
    const { user: person } = renderApp('/marketplace/moderation');

    await person.click(await screen.findByTestId('report-dismiss'));
    expect(await screen.findByText('The report is settled already')).toBeInTheDocument();
    expect(screen.getByTestId('report-row')).toBeInTheDocument();
  });

  it('keeps the queue from users who are not admins', async () => {
    signIn();
    const fetchMock = moderationApi([secretsReport], { 'GET /api/v1/auth/me': user });
    renderApp('/marketplace/moderation');

    const notice = await screen.findByTestId('admins-only');
    expect(within(notice).getByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    expect(screen.queryByTestId('report-row')).not.toBeInTheDocument();
    expect(screen.queryByTestId('moderation-link')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'GET', REPORTS)).toHaveLength(0);
  });

  it('asks visitors to sign in', async () => {
    const fetchMock = moderationApi([secretsReport]);
    renderApp('/marketplace/moderation');

    expect(
      await screen.findByRole('heading', { name: 'Sign in to moderate the marketplace' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('moderation-page')).getByRole('link', { name: 'Sign in' }),
    ).toHaveAttribute('href', `/login?next=${encodeURIComponent('/marketplace/moderation')}`);
    expect(callsTo(fetchMock, 'GET', REPORTS)).toHaveLength(0);
    expect(screen.queryByTestId('moderation-link')).not.toBeInTheDocument();
  });
});
