import { Terminal } from 'lucide-react';
import type { ReactNode } from 'react';

import { CodeBlock } from '@/components/CodeBlock';
import { EnvVarsSection, PortsSection, VolumesSection } from '@/templates/ContainerSections';
import { DetailSection } from '@/templates/DetailSection';

import type { TemplateSpec } from './model';
import { appAuthLabel } from './spec-options';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2 text-sm">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}

/** What runs on the GPU host: the latest version's launch spec. */
export function LaunchSpecSection({ spec }: { spec: TemplateSpec }) {
  return (
    <>
      <DetailSection icon={Terminal} title="Launch spec">
        <div className="space-y-5">
          <div className="space-y-2">
            <h3 className="text-sm font-medium">Docker image</h3>
            <CodeBlock code={spec.docker_image} label="Docker image" />
          </div>
          <div className="space-y-2">
            <h3 className="text-sm font-medium">Command</h3>
            {spec.launch_command ? (
              <CodeBlock code={spec.launch_command} label="launch command" />
            ) : (
              <p className="text-muted-foreground text-sm">Runs the image&apos;s own command.</p>
            )}
          </div>
          <dl className="divide-y">
            <Fact term="Access">{appAuthLabel(spec.app_auth)}</Fact>
            <Fact term="Minimum VRAM">
              {spec.gpu_min_vram === null ? 'Any' : `${spec.gpu_min_vram} GB`}
            </Fact>
            {spec.gpu_recommended_vram !== null && (
              <Fact term="Recommended VRAM">{spec.gpu_recommended_vram} GB</Fact>
            )}
            <Fact term="CUDA version">{spec.cuda_version || 'Any'}</Fact>
            {spec.disk_gb !== null && <Fact term="Disk">{spec.disk_gb} GB</Fact>}
          </dl>
        </div>
      </DetailSection>
      <PortsSection ports={spec.ports} />
      <div className="grid gap-6 xl:grid-cols-2">
        <VolumesSection volumes={spec.volumes} />
        <EnvVarsSection envVars={spec.env} />
      </div>
    </>
  );
}
