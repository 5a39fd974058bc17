import { describe, expect, it } from 'vitest';

import { linkKind } from './link-kind';

describe('linkKind', () => {
  it('lets web, mail and relative links through', () => {
    expect(linkKind('https://example.org')).toBe('external');
    expect(linkKind('HTTP://example.org')).toBe('external');
    expect(linkKind('mailto:a@example.org')).toBe('external');
    expect(linkKind('/templates')).toBe('local');
    expect(linkKind('#usage')).toBe('local');
    expect(linkKind('docs/setup.md')).toBe('local');
  });

  it('refuses scripts and other schemes, however they are spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example.org',
      '',
      undefined,
    ]) {
      expect(linkKind(href), String(href)).toBe('unsafe');
    }
  });
});
