import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// findBy/waitFor give up after 1 s by default; on a loaded two-core machine a lazy page can take longer to render.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; Radix measures a switch inside a <form> with one. Nothing here lays
// anything out, so an observer that never reports is all the tests need.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// The browser tests fail on any console error, so these do too: React warnings (missing keys,
// act(), invalid DOM props) surface here first.
let consoleProblems: string[] = [];

beforeEach(() => {
  consoleProblems = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  expect(consoleProblems, 'nothing logged to console.error or console.warn').toEqual([]);
});
