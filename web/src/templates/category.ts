const ACRONYMS: Record<string, string> = { llm: 'LLM', llms: 'LLMs', ml: 'ML', ai: 'AI', ui: 'UI' };

/** "image-generation" -> "Image generation", "llm-inference" -> "LLM inference" */
export function categoryLabel(category: string): string {
  const words = category
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => ACRONYMS[word.toLowerCase()] ?? word.toLowerCase());
  if (words.length === 0) return '';
  const [first, ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
