import { CodeBlock } from '@/components/CodeBlock';

import type { KubernetesPlacement } from '../deployment';

/** How to reach the frontend from a laptop: the exact port-forward, then a request to send. */
export function PortForwardPanel({ placement }: { placement: KubernetesPlacement }) {
  return (
    <section
      aria-labelledby="port-forward-heading"
      className="bg-card space-y-3 rounded-xl border p-6 shadow-sm"
      data-testid="port-forward"
    >
      <h2 id="port-forward-heading" className="text-base font-semibold">
        Call the model from your machine
      </h2>
      <p className="text-muted-foreground text-sm">
        The frontend serves an OpenAI-compatible API on{' '}
        <code className="font-mono">svc/{placement.frontend_service}</code> port 8000. Forward it,
        then send a request:
      </p>
      <CodeBlock code={placement.port_forward} label="port-forward command" />
      <CodeBlock code={placement.curl_example} label="curl example" />
    </section>
  );
}
