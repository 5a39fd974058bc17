import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '@/test/mock-api';

import { ApiError, apiGet, describeError, fieldErrors, withQuery } from './api';
import { formatHourlyRange, formatTokenCount, humanize } from './format';
import { setToken } from './token';

describe('api client', () => {
  it('builds query strings from the non-empty params only', () => {
    expect(withQuery('/api/v1/models', { q: 'llama 3', engine: '', min_vram: undefined })).toBe(
      '/api/v1/models?q=llama+3',
    );
    expect(withQuery('/api/v1/gpus', { min_vram: 16 })).toBe('/api/v1/gpus?min_vram=16');
    expect(withQuery('/api/v1/templates')).toBe('/api/v1/templates');
  });

  it('sends the stored token as a Bearer header', async () => {
    setToken('abc');
    const fetchMock = mockApi({ 'GET /api/v1/info': { version: '1' } });
    await expect(apiGet('/api/v1/info')).resolves.toEqual({ version: '1' });
    const [, init] = fetchMock.mock.calls[0];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer abc');
  });

  it('turns problem documents into ApiErrors', async () => {
    mockApi({ 'GET /api/v1/templates/x': problem(404, 'Not Found', 'No template x') });
    const error = await apiGet('/api/v1/templates/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(describeError(error)).toBe('No template x');
  });

  it('explains network failures', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Cannot reach/);
  });
});

describe('format', () => {
  it('formats prices, token counts and labels', () => {
    expect(formatHourlyRange(0.35, 0.6)).toBe('$0.35–$0.60/h');
    expect(formatHourlyRange(1.2, 1.2)).toBe('$1.20/h');
    expect(formatHourlyRange(null, null)).toBe('—');
    expect(formatTokenCount(131072)).toBe('128K');
    expect(formatTokenCount(8000)).toBe('8K');
    expect(formatTokenCount(512)).toBe('512');
    expect(humanize('image-generation')).toBe('Image generation');
  });
});

describe('fieldErrors', () => {
  it("collects a 422's violations by field, joining several about one field", () => {
    const error = new ApiError(422, {
      title: 'Template rejected',
      errors: [
        { field: 'slug', message: 'taken' },
        { field: 'spec.ports[1].port', message: '1 to 65535' },
        { field: 'spec.ports[1].port', message: 'port 70000 is listed twice' },
        { message: 'something general' },
      ],
    });
    expect(fieldErrors(error)).toEqual({
      slug: 'taken',
      'spec.ports[1].port': '1 to 65535; port 70000 is listed twice',
      '': 'something general',
    });
    expect(fieldErrors(new ApiError(500, { title: 'Oops' }))).toEqual({});
    expect(fieldErrors(new TypeError('offline'))).toEqual({});
  });
});
