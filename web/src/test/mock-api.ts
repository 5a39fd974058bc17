import { vi } from 'vitest';

export interface MockResponse {
  status?: number;
  body?: unknown;
  /** Resolve only when this promise does, to observe loading states. */
  until?: Promise<unknown>;
}

/** Answers a request (`url` is the full path with its query string): a body, a MockResponse or a Response. */
export interface HandlerRequest {
  url: URL;
  init: RequestInit;
}

export type Handler = (request: HandlerRequest) => MockResponse | unknown;

function json(status: number, body: unknown): Response {
  const problem = status >= 400;
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json' },
  });
}

function isMockResponse(value: unknown): value is MockResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => key === 'status' || key === 'body' || key === 'until')
  );
}

export function problem(status: number, title: string, detail: string): MockResponse {
  return {
    status,
    body: { type: 'about:blank', title, status, detail, instance: '/api' },
  };
}

/** A rejected publish: 422 with every violation by field, as the publishing pipeline answers. */
export function rejected(errors: { field: string; message: string }[]): MockResponse {
  return {
    status: 422,
    body: {
      type: 'https://dumont.cloud/problems/publish-rejected',
      title: 'Template rejected',
      status: 422,
      detail: `${errors.length} rule(s) failed`,
      errors,
    },
  };
}

/** The requests `fetchMock` saw for one method and path (without the query string). */
export function callsTo(fetchMock: { mock: { calls: unknown[][] } }, method: string, path: string) {
  return fetchMock.mock.calls
    .map(([input, init]) => ({
      url: new URL(String(input), 'http://localhost'),
      init: (init ?? {}) as RequestInit,
    }))
    .filter(({ url, init }) => url.pathname === path && (init.method ?? 'GET') === method);
}

/** The JSON body a request was sent with. */
export function bodyOf(request: { init: RequestInit }): unknown {
  return JSON.parse(String(request.init.body));
}

/**
 * Replaces the global fetch with a router over "METHOD /path" keys. Unknown routes answer a 404
 * problem so a forgotten handler shows up as a failing assertion rather than a hang.
 */
export function mockApi(handlers: Record<string, Handler | MockResponse | unknown>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const handler = handlers[`${method} ${url.pathname}`];
    if (handler === undefined) {
      return json(404, { title: 'Not Found', status: 404, detail: `No handler for ${url}` });
    }
    const result = typeof handler === 'function' ? (handler as Handler)({ url, init }) : handler;
    if (result instanceof Response) return result;
    const response: MockResponse = isMockResponse(result) ? result : { body: result };
    if (response.until) await response.until;
    return json(response.status ?? 200, response.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A promise with its resolve function, to hold a response back. */
export function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** The Accept header a request was sent with. */
export function acceptOf(init: RequestInit): string {
  return new Headers(init.headers).get('Accept') ?? '';
}

/**
 * A Server-Sent Events answer: each message as the server writes it. The stream stays open (as a
 * live one does) unless `close` is set, so a test sees no reconnects.
 */
export function eventStream(
  messages: { id?: string | number; event?: string; data: unknown }[],
  { close = false } = {},
): Response {
  const text = messages
    .map((message) =>
      [
        message.id === undefined ? null : `id:${message.id}`,
        message.event === undefined ? null : `event:${message.event}`,
        `data:${JSON.stringify(message.data)}`,
      ]
        .filter((line) => line !== null)
        .join('\n'),
    )
    .map((block) => `${block}\n\n`)
    .join('');
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      if (close) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}
