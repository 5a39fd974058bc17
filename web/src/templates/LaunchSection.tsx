import { Terminal } from 'lucide-react';

import { CodeBlock } from '@/components/CodeBlock';
import { Badge } from '@/components/ui/badge';
import type { LaunchMode } from '@/lib/api';

import { DetailSection } from './DetailSection';
import type { Template } from './template';

const LAUNCH_MODES: Record<LaunchMode, { label: string; explanation: string }> = {
  entrypoint: {
    label: 'Entrypoint',
    explanation:
      "The image's own entrypoint runs with these arguments, so the container starts exactly as its authors intended.",
  },
  onstart: {
    label: 'On start',
    explanation:
      "The provider's entrypoint (SSH and Jupyter access) starts first; this command is started after it.",
  },
};

export function LaunchSection({ template }: { template: Template }) {
  const mode = LAUNCH_MODES[template.launch_mode] ?? LAUNCH_MODES.entrypoint;
  return (
    <DetailSection icon={Terminal} title="Launch">
      <div className="space-y-5">
        <div className="space-y-2">
          <div className="flex items-center gap-2 text-sm">
            <span className="text-muted-foreground">Launch mode</span>
            <Badge variant="outline" className="font-mono">
              {template.launch_mode}
            </Badge>
            <span className="font-medium">{mode.label}</span>
          </div>
          <p className="text-muted-foreground text-sm">{mode.explanation}</p>
          {template.launch_command ? (
            <CodeBlock code={template.launch_command} label="launch command" />
          ) : (
            <p className="text-sm">Runs the image&apos;s default command.</p>
          )}
        </div>
        <div className="space-y-2">
          <h3 className="text-sm font-medium">Docker image</h3>
          <CodeBlock code={template.docker_image} label="Docker image" />
        </div>
      </div>
    </DetailSection>
  );
}
