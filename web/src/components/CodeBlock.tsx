import { CopyButton } from './CopyButton';

interface CodeBlockProps {
  code: string;
  /** Names the copy button: "Copy {label}". */
  label: string;
}

export function CodeBlock({ code, label }: CodeBlockProps) {
  return (
    <div className="relative">
      <pre className="bg-muted/60 overflow-x-auto rounded-lg border py-3 pr-12 pl-4 font-mono text-[13px] leading-relaxed">
        <code>{code}</code>
      </pre>
      <div className="absolute top-1.5 right-1.5">
        <CopyButton value={code} label={`Copy ${label}`} />
      </div>
    </div>
  );
}
