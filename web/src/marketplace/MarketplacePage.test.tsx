import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  communityTemplate,
  marketplaceCategories,
  marketplacePage,
  officialMarketplaceTemplate,
  serverInfo,
} from '@/test/fixtures';
import { callsTo, mockApi, problem, type HandlerRequest } from '@/test/mock-api';
import { preloadPages, renderApp } from '@/test/render';

beforeAll(preloadPages);

const SEARCH = '/api/v1/marketplace/templates';

const cards = () => screen.queryAllByTestId('marketplace-card');

function mockMarketplace(search: unknown = marketplacePage) {
  return mockApi({
    'GET /api/v1/info': serverInfo,
    'GET /api/v1/marketplace/templates': search,
    'GET /api/v1/marketplace/categories': marketplaceCategories,
    'GET /api/v1/marketplace/featured': [communityTemplate],
    'GET /api/v1/marketplace/trending': [communityTemplate, officialMarketplaceTemplate],
  });
}

/** The query of the last search request. */
function lastSearch(fetchMock: ReturnType<typeof mockApi>): URLSearchParams {
  const requests = callsTo(fetchMock, 'GET', SEARCH);
  return requests[requests.length - 1].url.searchParams;
}

describe('MarketplacePage', () => {
  it('shows featured and trending rows, category chips and a card per result', async () => {
    const fetchMock = mockMarketplace();
    renderApp('/marketplace');

    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(screen.getByRole('heading', { level: 1, name: 'Marketplace' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Marketplace' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const community = cards()[0];
    expect(within(community).getByRole('link', { name: 'ComfyUI SDXL' })).toHaveAttribute(
      'href',
      `/marketplace/${communityTemplate.id}`,
    );
    expect(community).toHaveTextContent('by Ada Lovelace @ada');
    expect(
      within(community).getByRole('img', { name: 'Rated 4.5 out of 5 from 2 reviews' }),
    ).toBeInTheDocument();
    expect(community).toHaveTextContent('1.2K launches');
    expect(community).toHaveTextContent('Forked from ComfyUI by @dumont');
    expect(within(community).getByRole('list', { name: 'Tags' })).toHaveTextContent(
      'comfyuisdxldiffusion',
    );
    expect(within(community).queryByTestId('verified-badge')).not.toBeInTheDocument();

    const official = cards()[1];
    expect(within(official).getByTestId('verified-badge')).toHaveTextContent('Verified');
    expect(official).toHaveTextContent('No reviews yet');

    const featured = screen.getByTestId('featured-row');
    expect(within(featured).getAllByTestId('featured-card')).toHaveLength(1);
    const trending = screen.getByTestId('trending-row');
    expect(within(trending).getAllByTestId('trending-card')).toHaveLength(2);

    // Categories without listed templates get no chip.
    const chips = screen.getAllByTestId('category-chip');
    expect(chips.map((chip) => chip.textContent)).toEqual(['Development1', 'Image generation1']);
    expect(screen.getByTestId('result-count')).toHaveTextContent('2 templates');

    const query = lastSearch(fetchMock);
    expect(query.get('sort')).toBe('relevance');
    expect(query.get('page')).toBe('0');
    expect(query.get('q')).toBeNull();
  });

  it('searches as the user pauses typing, keeping the query in the URL', async () => {
    const fetchMock = mockMarketplace(({ url }: HandlerRequest) =>
      url.searchParams.get('q') === 'sdxl'
        ? { ...marketplacePage, items: [communityTemplate], total: 1 }
        : marketplacePage,
    );
    const { user, router } = renderApp('/marketplace?page=2');
    await waitFor(() => expect(cards()).toHaveLength(2));

    await user.type(screen.getByTestId('marketplace-search'), 'sdxl');

    await waitFor(() => expect(cards()).toHaveLength(1));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('q')).toBe('sdxl');
    expect(params.get('page')).toBeNull();
    expect(lastSearch(fetchMock).get('q')).toBe('sdxl');
    expect(lastSearch(fetchMock).get('page')).toBe('0');
    expect(screen.getByTestId('result-count')).toHaveTextContent('1 template for “sdxl”');
    // A search hides the landing rows.
    expect(screen.queryByTestId('featured-row')).not.toBeInTheDocument();
  });

  it('filters by facet, publisher, rating and category, and sorts', async () => {
    const fetchMock = mockMarketplace();
    const { user, router } = renderApp('/marketplace');
    await waitFor(() => expect(cards()).toHaveLength(2));
    const search = () => new URLSearchParams(router.state.location.search);

    const tags = screen.getByRole('region', { name: 'Tags' });
    const comfy = within(tags).getByRole('button', { name: /comfyui/ });
    expect(comfy).toHaveTextContent('comfyui1');
    await user.click(comfy);
    expect(search().get('tag')).toBe('comfyui');
    await waitFor(() => expect(lastSearch(fetchMock).get('tag')).toBe('comfyui'));
    expect(within(tags).getByRole('button', { name: /comfyui/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(
      within(screen.getByRole('region', { name: 'Architecture' })).getByRole('button', {
        name: /x86_64/,
      }),
    );
    await waitFor(() => expect(lastSearch(fetchMock).get('architecture')).toBe('x86_64'));

    await user.click(screen.getByRole('button', { name: 'Community' }));
    expect(search().get('official')).toBe('false');
    await waitFor(() => expect(lastSearch(fetchMock).get('official')).toBe('false'));

    await user.selectOptions(screen.getByLabelText('Rating'), '4');
    await waitFor(() => expect(lastSearch(fetchMock).get('min_rating')).toBe('4'));

    await user.selectOptions(screen.getByTestId('sort-select'), 'trending');
    expect(search().get('sort')).toBe('trending');
    await waitFor(() => expect(lastSearch(fetchMock).get('sort')).toBe('trending'));

    await user.click(screen.getAllByTestId('category-chip')[1]);
    expect(search().get('category')).toBe('image-generation');
    await waitFor(() => expect(lastSearch(fetchMock).get('category')).toBe('image-generation'));
  });

  it('pages through results', async () => {
    const fetchMock = mockMarketplace({ ...marketplacePage, total: 50 });
    const { user, router } = renderApp('/marketplace');
    await waitFor(() => expect(cards()).toHaveLength(2));

    const pages = screen.getByRole('navigation', { name: 'Result pages' });
    expect(pages).toHaveTextContent('Page 1 of 3');
    await user.click(within(pages).getByRole('button', { name: 'Next' }));

    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
    await waitFor(() => expect(lastSearch(fetchMock).get('page')).toBe('1'));
    expect(screen.getByRole('navigation', { name: 'Result pages' })).toHaveTextContent(
      'Page 2 of 3',
    );
  });

  it('offers to clear filters when nothing matches', async () => {
    mockMarketplace(({ url }: HandlerRequest) =>
      url.searchParams.get('q')
        ? { ...marketplacePage, items: [], total: 0, facets: {} }
        : marketplacePage,
    );
    const { user, router } = renderApp('/marketplace?q=nothing&sort=rating');

    expect(await screen.findByRole('heading', { name: 'No templates match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(router.state.location.search).toBe('?sort=rating');
    expect(screen.getByTestId('marketplace-search')).toHaveValue('');
  });

  it('shows the problem when the search fails, and retries', async () => {
    let calls = 0;
    mockMarketplace(() =>
      ++calls === 1
        ? problem(503, 'Service Unavailable', 'Search index is warming up')
        : marketplacePage,
    );
    const { user } = renderApp('/marketplace');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load the marketplace");
    expect(alert).toHaveTextContent('Search index is warming up');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cards()).toHaveLength(2));
  });

  it('invites the first publication when the marketplace is empty', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/marketplace/templates': { items: [], total: 0, page: 0, size: 24, facets: {} },
      'GET /api/v1/marketplace/categories': [],
      'GET /api/v1/marketplace/featured': [],
      'GET /api/v1/marketplace/trending': [],
    });
    renderApp('/marketplace');

    expect(
      await screen.findByRole('heading', { name: 'The marketplace is empty' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('featured-row')).toHaveTextContent('Nothing is featured yet.');
    expect(screen.getByTestId('trending-row')).toHaveTextContent(
      'Nothing has been launched recently.',
    );
    expect(screen.queryAllByTestId('category-chip')).toHaveLength(0);
  });
});
