import { CircleAlert, TriangleAlert } from 'lucide-react';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';

import { PageHeader } from '@/components/PageHeader';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/utils';

import { TOPICS, type Topic } from './topics';

/** What each problem code means and what to do about it; deployments link to its sections. */
export function TroubleshootingPage() {
  const { hash } = useLocation();
  const target = decodeURIComponent(hash.replace(/^#/, ''));

  // In-app navigation changes the hash without the browser's own jump to the anchor.
  useEffect(() => {
    if (!target) return;
    const section = document.getElementById(target);
    if (!section) return;
    section.scrollIntoView?.({ block: 'start' });
    section.focus({ preventScroll: true });
  }, [target]);

  return (
    <div className="space-y-8">
      <title>Troubleshooting · Dumont</title>
      <PageHeader
        title="Troubleshooting deployments"
        description="Why a deployment can fail or stop answering, and what to do about it. A failed or unhealthy deployment links to its section here."
      />
      <div className="grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <nav aria-label="Problems" className="lg:sticky lg:top-20 lg:self-start">
          <ul className="space-y-1 text-sm">
            {TOPICS.map((topic) => (
              <li key={topic.id}>
                <Link
                  to={`#${topic.id}`}
                  className={cn(
                    'focus-visible:ring-ring/50 block rounded-md px-2 py-1 outline-none focus-visible:ring-[3px]',
                    topic.id === target
                      ? 'bg-accent text-accent-foreground font-medium'
                      : 'text-muted-foreground hover:text-foreground',
                  )}
                >
                  {topic.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="space-y-6">
          {TOPICS.map((topic) => (
            <TopicSection key={topic.id} topic={topic} highlighted={topic.id === target} />
          ))}
        </div>
      </div>
    </div>
  );
}

function TopicSection({ topic, highlighted }: { topic: Topic; highlighted: boolean }) {
  const headingId = `${topic.id}-heading`;
  return (
    <section
      id={topic.id}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-highlighted={highlighted}
      className={cn(
        'bg-card scroll-mt-20 space-y-3 rounded-xl border p-6 shadow-sm outline-none',
        highlighted && 'border-primary ring-primary/30 ring-2',
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        {topic.status === 'failed' ? (
          <CircleAlert className="text-destructive size-4" aria-hidden="true" />
        ) : (
          <TriangleAlert className="text-warning size-4" aria-hidden="true" />
        )}
        <h2 id={headingId} className="text-base font-semibold">
          {topic.title}
        </h2>
        <Badge variant="outline" className="font-mono">
          {topic.id}
        </Badge>
        <Badge variant={topic.status === 'failed' ? 'secondary' : 'warning'} className="font-mono">
          {topic.status}
        </Badge>
      </div>
      <p className="text-muted-foreground text-sm leading-relaxed">{topic.cause}</p>
      <div className="space-y-1.5">
        <h3 className="text-sm font-medium">What to do</h3>
        <ul className="list-disc space-y-1 pl-5 text-sm leading-relaxed">
          {topic.fixes.map((fix) => (
            <li key={fix}>{fix}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
