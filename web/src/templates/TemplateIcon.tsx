import {
  Box,
  Image,
  MessageSquare,
  NotebookPen,
  Workflow,
  type LucideIcon,
  type LucideProps,
} from 'lucide-react';

const ICONS: Record<string, LucideIcon> = {
  notebook: NotebookPen,
  image: Image,
  workflow: Workflow,
  message: MessageSquare,
};

/** The lucide icon a template's `icon` field names, or a box for anything unknown. */
export function TemplateIcon({ icon, ...props }: { icon: string } & LucideProps) {
  const Icon = ICONS[icon] ?? Box;
  return <Icon aria-hidden="true" data-icon={ICONS[icon] ? icon : 'box'} {...props} />;
}
