import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { serverInfo } from '@/test/fixtures';
import { mockApi, problem } from '@/test/mock-api';
import { renderApp } from '@/test/render';

import { safeNextPath } from './next-path';
import { validateLogin } from './validate-login';

const me = {
  id: '5b0d7c9e-0000-4000-8000-00000000000a',
  email: 'admin@dumont.local',
  display_name: 'Admin',
  role: 'ADMIN',
  created_at: '2025-11-20T10:00:00Z',
};

describe('validateLogin', () => {
  it('requires an email and a password', () => {
    expect(validateLogin({ email: '', password: '' })).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
  });

  it('rejects malformed emails and accepts real ones', () => {
    for (const email of ['admin', 'admin@', '@dumont.local', 'a b@c.d', 'a@b@c']) {
      expect(validateLogin({ email, password: 'x' }).email).toMatch(/valid email/);
    }
    expect(validateLogin({ email: ' admin@dumont.local ', password: 'x' })).toEqual({});
    expect(validateLogin({ email: 'admin@localhost', password: 'x' })).toEqual({});
  });
});

describe('safeNextPath', () => {
  it('only follows same-origin paths', () => {
    expect(safeNextPath('/templates/vllm?x=1')).toBe('/templates/vllm?x=1');
    expect(safeNextPath('https://evil.example')).toBe('/templates');
    expect(safeNextPath('//evil.example')).toBe('/templates');
    expect(safeNextPath(null)).toBe('/templates');
  });
});

describe('LoginPage', () => {
  it('validates inline and sends nothing while the form is invalid', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/info': serverInfo });
    const { user } = renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveFocus();

    await user.type(screen.getByLabelText('Email'), 'admin');
    await user.tab();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter a valid email address, like you@example.com',
    );

    const loginCalls = fetchMock.mock.calls.filter(([url]) => String(url).includes('/auth/login'));
    expect(loginCalls).toHaveLength(0);
  });

  it('says "Wrong email or password" on 401', async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'POST /api/v1/auth/login': problem(401, 'Unauthorized', 'Bad credentials'),
    });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'admin@dumont.local');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(window.localStorage.getItem('dumont.token')).toBeNull();
  });

  it("shows the server's detail on 429", async () => {
    mockApi({
      'GET /api/v1/info': serverInfo,
      'POST /api/v1/auth/login': problem(
        429,
        'Too Many Requests',
        'Too many login attempts; try again in 60 seconds',
      ),
    });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'admin@dumont.local');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many login attempts; try again in 60 seconds',
    );
  });

  it('stores the token, goes back where the user came from, and signs out', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models': [],
      'POST /api/v1/auth/login': {
        access_token: 'jwt-123',
        token_type: 'Bearer',
        expires_in: 3600,
      },
      'GET /api/v1/auth/me': me,
    });
    const { user, router } = renderApp('/login?next=%2Fmodels');

    await user.type(await screen.findByLabelText('Email'), ' admin@dumont.local');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/models'));
    expect(window.localStorage.getItem('dumont.token')).toBe('jwt-123');
    expect(await screen.findByTestId('current-user-email')).toHaveTextContent('admin@dumont.local');

    const [, loginInit] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/login')!;
    expect(JSON.parse(String(loginInit?.body))).toEqual({
      email: 'admin@dumont.local',
      password: 'secret',
    });
    const [, meInit] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/me')!;
    expect(new Headers(meInit?.headers).get('Authorization')).toBe('Bearer jwt-123');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(window.localStorage.getItem('dumont.token')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('forgets a token the server no longer accepts', async () => {
    window.localStorage.setItem('dumont.token', 'expired');
    mockApi({
      'GET /api/v1/info': serverInfo,
      'GET /api/v1/models': [],
      'GET /api/v1/auth/me': problem(401, 'Unauthorized', 'Token expired'),
    });
    renderApp('/models');

    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(window.localStorage.getItem('dumont.token')).toBeNull();
  });
});
