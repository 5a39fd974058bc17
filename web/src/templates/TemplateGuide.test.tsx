import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { TemplateGuide } from './TemplateGuide';

function renderGuide(markdown: string) {
  render(<TemplateGuide markdown={markdown} />);
  return screen.getByTestId('template-guide');
}

describe('TemplateGuide', () => {
  it('renders GitHub-flavoured markdown', () => {
    const guide = renderGuide(
      [
        '## Open the notebook',
        '',
        'Run `nvidia-smi`.',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
      ].join('\n'),
    );
    expect(screen.getByRole('heading', { name: 'Open the notebook' })).toBeInTheDocument();
    expect(guide.querySelector('code')).toHaveTextContent('nvidia-smi');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(guide).toHaveClass('prose');
  });

  it('drops script tags', () => {
    const guide = renderGuide('Hello\n\n<script>window.pwned = true</script>\n\nWorld');
    expect(guide.querySelector('script')).toBeNull();
    expect(guide.innerHTML).not.toContain('<script');
    expect(guide).toHaveTextContent('Hello');
    expect(guide).toHaveTextContent('World');
  });

  it('strips event handlers but keeps harmless HTML', () => {
    const guide = renderGuide(
      'Look: <img src="x.png" alt="chart" onerror="alert(1)"> <kbd>Ctrl</kbd>\n\n<details><summary>More</summary>Hidden</details>',
    );
    const image = guide.querySelector('img');
    expect(image).not.toBeNull();
    expect(image).not.toHaveAttribute('onerror');
    expect(guide.innerHTML).not.toContain('onerror');
    expect(guide.querySelector('kbd')).toHaveTextContent('Ctrl');
    expect(guide.querySelector('details')).not.toBeNull();
  });

  it('neutralises javascript: links and inline styles', () => {
    const guide = renderGuide(
      '[click](javascript:alert(1)) <a href="javascript:alert(2)" style="position:fixed">raw</a>',
    );
    for (const link of guide.querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
      expect(link).not.toHaveAttribute('style');
    }
  });

  it('opens external links in a new tab without an opener', () => {
    renderGuide('[vLLM docs](https://docs.vllm.ai)');
    const link = screen.getByRole('link', { name: 'vLLM docs' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
