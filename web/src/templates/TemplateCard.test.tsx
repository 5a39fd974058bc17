import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { TemplateDto } from '@/lib/api';
import { jupyterLab, vllm } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';

import { toTemplate } from './template';
import { TemplateCard } from './TemplateCard';

function renderCard(dto: TemplateDto) {
  return renderWithProviders(<TemplateCard template={toTemplate(dto)} />);
}

describe('TemplateCard', () => {
  it('shows name, description, VRAM, category and the official badge', () => {
    renderCard(vllm);
    const card = screen.getByTestId('template-card');

    expect(within(card).getByRole('heading', { name: 'vLLM' })).toBeInTheDocument();
    expect(card).toHaveTextContent('OpenAI-compatible LLM inference server.');
    expect(card).toHaveTextContent('≥ 16 GB VRAM');
    expect(card).toHaveTextContent('LLM inference');
    expect(within(card).getByText('Official')).toBeInTheDocument();
  });

  it('links "Deploy Now" to the detail page', () => {
    renderCard(jupyterLab);
    const deploy = screen.getByRole('link', { name: 'Deploy Now' });
    expect(deploy).toHaveAttribute('href', '/templates/jupyter-lab');
    expect(deploy).toHaveAccessibleDescription('JupyterLab');
  });

  it('maps the icon name to a lucide icon', () => {
    renderCard(jupyterLab);
    expect(screen.getByTestId('template-card').querySelector('[data-icon]')).toHaveAttribute(
      'data-icon',
      'notebook',
    );
  });

  it('falls back to a box icon and no official badge for community templates', () => {
    renderCard({
      ...jupyterLab,
      icon: 'rocket-ship',
      publisher: { handle: 'ada', name: 'Ada', official: false },
    });
    const card = screen.getByTestId('template-card');
    expect(card.querySelector('[data-icon]')).toHaveAttribute('data-icon', 'box');
    expect(within(card).queryByText('Official')).not.toBeInTheDocument();
    expect(card).toHaveTextContent('by Ada');
  });

  it('copes with a template whose optional fields the server left out', () => {
    renderCard({ slug: 'bare', name: 'Bare' });
    const card = screen.getByTestId('template-card');
    expect(card).toHaveTextContent('≥ 0 GB VRAM');
    expect(screen.getByRole('link', { name: 'Deploy Now' })).toHaveAttribute(
      'href',
      '/templates/bare',
    );
  });
});
