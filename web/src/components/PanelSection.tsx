import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface PanelSectionProps {
  /** Names the heading's id (`<name>-heading`) and the test id (`<name>-panel`). */
  name: string;
  icon: LucideIcon;
  title: string;
  children: ReactNode;
}

/** A titled panel of the deployment page; its heading labels the region. */
export function PanelSection({ name, icon: Icon, title, children }: PanelSectionProps) {
  return (
    <section
      aria-labelledby={`${name}-heading`}
      className="bg-card space-y-4 rounded-xl border p-6 shadow-sm"
      data-testid={`${name}-panel`}
    >
      <h2 id={`${name}-heading`} className="flex items-center gap-2 text-base font-semibold">
        <Icon className="size-4" aria-hidden="true" />
        {title}
      </h2>
      {children}
    </section>
  );
}
