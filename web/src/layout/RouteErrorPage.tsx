import { CircleAlert } from 'lucide-react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { Button } from '@/components/ui/button';

import { AppLayout } from './AppLayout';

/** Last resort when a page throws while rendering. */
export function RouteErrorPage() {
  return (
    <AppLayout>
      <title>Error · Dumont</title>
      <EmptyState
        icon={CircleAlert}
        title="Something went wrong"
        description="This page failed to render. Reload, or go back to the templates."
        action={
          <Button asChild variant="outline">
            <Link to="/templates">Back to templates</Link>
          </Button>
        }
      />
    </AppLayout>
  );
}
