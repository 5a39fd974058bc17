/** Typography for rendered Markdown (guides, READMEs), matching the app's colours and code style. */
export const PROSE_CLASS =
  'prose prose-slate dark:prose-invert prose-headings:scroll-mt-24 prose-headings:font-semibold prose-a:text-primary prose-code:rounded prose-code:bg-muted prose-code:px-1 prose-code:py-0.5 prose-code:font-normal prose-code:before:content-none prose-code:after:content-none prose-pre:border prose-pre:bg-muted/60 prose-pre:text-foreground [&_pre_code]:bg-transparent [&_pre_code]:p-0 max-w-none text-sm sm:text-base';
