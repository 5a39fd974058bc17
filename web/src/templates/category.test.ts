import { describe, expect, it } from 'vitest';

import { categoryLabel } from './category';

describe('categoryLabel', () => {
  it.each([
    ['development', 'Development'],
    ['image-generation', 'Image generation'],
    ['llm-inference', 'LLM inference'],
    ['llm', 'LLM'],
    ['', ''],
  ])('labels %j as %j', (category, label) => {
    expect(categoryLabel(category)).toBe(label);
  });
});
