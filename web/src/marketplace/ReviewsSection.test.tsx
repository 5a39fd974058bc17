import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  communityDetail,
  communityTemplate,
  jupyterOffers,
  me,
  reviewByGrace,
  reviewPage,
  serverInfo,
  templateAnalytics,
  templateVersions,
} from '@/test/fixtures';
import { bodyOf, callsTo, mockApi, type HandlerRequest } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

import { validateReview } from './validate-review';

beforeAll(preloadPages);

const id = communityTemplate.id!;
const base = `/api/v1/marketplace/templates/${id}`;
const helpfulPath = `/api/v1/marketplace/reviews/${reviewByGrace.id}/helpful`;

/** The form shows once the template, the caller's templates and their review are loaded. */
function findReviewForm() {
  return screen.findByTestId('review-form', {}, { timeout: 5000 });
}

function signIn() {
  window.localStorage.setItem('dumont.token', 'jwt-123');
}

function handlers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/auth/me': { ...me, role: 'USER' },
    'GET /api/v1/marketplace/mine': [],
    [`GET ${base}`]: communityDetail,
    [`GET ${base}/versions`]: templateVersions,
    [`GET ${base}/analytics`]: templateAnalytics,
    [`GET ${base}/reviews`]: reviewPage,
    [`GET ${base}/reviews/mine`]: { status: 204 },
    [`GET /api/v1/templates/${id}/offers`]: jupyterOffers,
    ...overrides,
  };
}

describe('validateReview', () => {
  it('wants 1 to 5 stars, a title and bounded text', () => {
    const valid = { rating: 4, title: 'Good', body: '', useCase: '' };
    expect(validateReview(valid)).toEqual({});
    expect(validateReview({ ...valid, rating: 0 }).rating).toBe('Pick a rating from 1 to 5 stars');
    expect(validateReview({ ...valid, rating: 6 }).rating).toBeDefined();
    expect(validateReview({ ...valid, title: '   ' }).title).toBe('Give your review a title');
    expect(validateReview({ ...valid, title: 'x'.repeat(121) }).title).toMatch(/120/);
    expect(validateReview({ ...valid, body: 'x'.repeat(5001) }).body).toMatch(/5000/);
    expect(validateReview({ ...valid, useCase: 'x'.repeat(81) }).useCase).toMatch(/80/);
  });
});

describe('Reviews', () => {
  it('lists reviews with stars, verified usage and helpful counts', async () => {
    mockApi(handlers());
    renderApp(`/marketplace/${id}`);

    const items = await screen.findAllByTestId('review-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('img', { name: 'Rated 5 out of 5' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Works first time');
    expect(items[0]).toHaveTextContent('Grace Hopper');
    expect(items[0]).toHaveTextContent('used for SDXL renders');
    expect(within(items[0]).getByTestId('verified-usage')).toHaveTextContent('Verified usage');
    expect(within(items[1]).queryByTestId('verified-usage')).not.toBeInTheDocument();
    expect(within(items[0]).getByTestId('helpful-button')).toHaveTextContent('Helpful3');
    // Signed out: no form, a way to sign in instead.
    expect(screen.queryByTestId('review-form')).not.toBeInTheDocument();
    expect(screen.getByText('Sign in to review this template.')).toBeInTheDocument();
  });

  it('validates the review inline and sends nothing until it is valid', async () => {
    signIn();
    let posted = false;
    const mine = {
      ...reviewByGrace,
      id: 'r-mine',
      reviewer: 'Admin',
      rating: 4,
      title: 'Solid',
      body: 'Ran it for a week.',
      use_case: 'Batch renders',
      helpful_votes: 0,
      verified_usage: true,
      mine: true,
    };
    const fetchMock = mockApi(
      handlers({
        [`GET ${base}/reviews`]: () =>
          posted ? { ...reviewPage, items: [...reviewPage.items!, mine], total: 3 } : reviewPage,
        [`GET ${base}/reviews/mine`]: () => (posted ? mine : { status: 204 }),
        [`POST ${base}/reviews`]: () => {
          posted = true;
          return { status: 201, body: mine };
        },
      }),
    );
    const { user } = renderApp(`/marketplace/${id}`);

    const form = await findReviewForm();
    await user.click(within(form).getByTestId('review-submit'));

    const errors = within(form).getAllByTestId('field-error');
    expect(errors.map((error) => error.textContent)).toEqual([
      'Pick a rating from 1 to 5 stars',
      'Give your review a title',
    ]);
    expect(within(form).getByRole('radiogroup', { name: 'Rating' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(form).getByTestId('review-rating-1')).toHaveFocus();
    const title = within(form).getByTestId('review-title');
    expect(title).toHaveAccessibleDescription('Give your review a title');
    expect(callsTo(fetchMock, 'POST', `${base}/reviews`)).toHaveLength(0);

    await user.click(within(form).getByTestId('review-rating-4'));
    expect(within(form).getByTestId('review-rating-4')).toHaveAttribute('aria-checked', 'true');
    // Arrow keys move the rating like any radio group.
    await user.keyboard('{ArrowRight}');
    expect(within(form).getByTestId('review-rating-5')).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowLeft}');
    await user.type(title, 'Solid');
    await user.type(within(form).getByTestId('review-body'), 'Ran it for a week.');
    await user.type(within(form).getByTestId('review-use-case'), 'Batch renders');
    expect(within(form).queryAllByTestId('field-error')).toHaveLength(0);
    await user.click(within(form).getByTestId('review-submit'));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Thanks, your review is posted.',
    );
    const [request] = callsTo(fetchMock, 'POST', `${base}/reviews`);
    expect(bodyOf(request)).toEqual({
      rating: 4,
      title: 'Solid',
      body: 'Ran it for a week.',
      use_case: 'Batch renders',
    });
    await waitFor(() => expect(screen.getAllByTestId('review-item')).toHaveLength(3));
    expect(within(form).getByTestId('review-submit')).toHaveTextContent('Update review');
    // Your own review takes no helpful votes.
    const own = screen.getAllByTestId('review-item')[2];
    expect(within(own).getByTestId('helpful-button')).toBeDisabled();
  });

  it('edits the caller’s existing review', async () => {
    signIn();
    const mine = { ...reviewByGrace, id: 'r-mine', rating: 3, title: 'Okay', mine: true };
    const fetchMock = mockApi(
      handlers({
        [`GET ${base}/reviews`]: { ...reviewPage, items: [mine] },
        [`GET ${base}/reviews/mine`]: mine,
        [`POST ${base}/reviews`]: ({ init }: HandlerRequest) => ({
          ...mine,
          ...(JSON.parse(String(init.body)) as object),
        }),
      }),
    );
    const { user } = renderApp(`/marketplace/${id}`);

    const form = await findReviewForm();
    expect(within(form).getByTestId('review-title')).toHaveValue('Okay');
    expect(within(form).getByTestId('review-rating-3')).toHaveAttribute('aria-checked', 'true');
    await user.click(within(form).getByTestId('review-rating-5'));
    await user.clear(within(form).getByTestId('review-title'));
    await user.type(within(form).getByTestId('review-title'), 'Great after the update');
    await user.click(within(form).getByTestId('review-submit'));

    expect(await within(form).findByRole('status')).toHaveTextContent('Your review is updated.');
    const [request] = callsTo(fetchMock, 'POST', `${base}/reviews`);
    expect(bodyOf(request)).toMatchObject({ rating: 5, title: 'Great after the update' });
  });

  it('deletes the caller’s review and empties the form', async () => {
    signIn();
    let deleted = false;
    const mine = { ...reviewByGrace, id: 'r-mine', rating: 3, title: 'Okay', mine: true };
    const fetchMock = mockApi(
      handlers({
        [`GET ${base}/reviews/mine`]: () => (deleted ? { status: 204 } : mine),
        [`DELETE ${base}/reviews/mine`]: () => {
          deleted = true;
          return { status: 204 };
        },
      }),
    );
    const { user } = renderApp(`/marketplace/${id}`);

    const form = await findReviewForm();
    expect(within(form).getByTestId('review-title')).toHaveValue('Okay');
    await user.click(within(form).getByTestId('review-delete'));

    expect(await within(form).findByRole('status')).toHaveTextContent('Your review is deleted.');
    expect(within(form).getByTestId('review-title')).toHaveValue('');
    expect(within(form).getByTestId('review-submit')).toHaveTextContent('Post review');
    expect(within(form).queryByTestId('review-delete')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, 'DELETE', `${base}/reviews/mine`)).toHaveLength(1);
  });

  it('sorts reviews by recency on request', async () => {
    const fetchMock = mockApi(handlers());
    const { user } = renderApp(`/marketplace/${id}`);

    await screen.findAllByTestId('review-item');
    expect(callsTo(fetchMock, 'GET', `${base}/reviews`)[0].url.searchParams.get('sort')).toBe(
      'helpful',
    );
    await user.selectOptions(screen.getByLabelText('Sort'), 'recent');
    await waitFor(() => {
      const requests = callsTo(fetchMock, 'GET', `${base}/reviews`);
      expect(requests[requests.length - 1].url.searchParams.get('sort')).toBe('recent');
    });
  });

  it('gives the author no review form', async () => {
    signIn();
    mockApi(handlers({ 'GET /api/v1/marketplace/mine': [communityTemplate] }));
    renderApp(`/marketplace/${id}`);

    expect(
      await screen.findByText(
        'You published this template; reviews are for the people who use it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('review-form')).not.toBeInTheDocument();
  });

  it('shows the server’s field errors next to the fields', async () => {
    signIn();
    mockApi(
      handlers({
        [`POST ${base}/reviews`]: {
          status: 400,
          body: {
            title: 'Bad Request',
            status: 400,
            detail: 'Invalid request',
            errors: [{ field: 'title', message: 'must not be a URL' }],
          },
        },
      }),
    );
    const { user } = renderApp(`/marketplace/${id}`);

    const form = await findReviewForm();
    await user.click(within(form).getByTestId('review-rating-2'));
    await user.type(within(form).getByTestId('review-title'), 'http://spam');
    await user.click(within(form).getByTestId('review-submit'));

    expect(await within(form).findByTestId('field-error')).toHaveTextContent('must not be a URL');
    expect(within(form).getByTestId('review-title')).toHaveAttribute('aria-invalid', 'true');
  });

  it('toggles a helpful vote and shows the new count', async () => {
    signIn();
    const fetchMock = mockApi(
      handlers({
        [`POST ${helpfulPath}`]: { ...reviewByGrace, helpful_votes: 4, voted_helpful: true },
        [`DELETE ${helpfulPath}`]: { ...reviewByGrace, helpful_votes: 3, voted_helpful: false },
      }),
    );
    const { user } = renderApp(`/marketplace/${id}`);

    const [grace] = await screen.findAllByTestId('review-item');
    const button = within(grace).getByTestId('helpful-button');
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    expect(button).toHaveTextContent('Helpful4');

    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect(button).toHaveTextContent('Helpful3');
    expect(callsTo(fetchMock, 'POST', helpfulPath)).toHaveLength(1);
    expect(callsTo(fetchMock, 'DELETE', helpfulPath)).toHaveLength(1);
  });

  it('sends signed-out visitors to sign in before voting', async () => {
    const fetchMock = mockApi(handlers());
    const { user, router } = renderApp(`/marketplace/${id}`);

    const [grace] = await screen.findAllByTestId('review-item');
    await user.click(within(grace).getByTestId('helpful-button'));

    expect(router.state.location.pathname).toBe('/login');
    expect(callsTo(fetchMock, 'POST', helpfulPath)).toHaveLength(0);
  });
});
