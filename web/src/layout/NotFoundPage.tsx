import { Compass } from 'lucide-react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/EmptyState';
import { Button } from '@/components/ui/button';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · Dumont</title>
      <EmptyState
        icon={Compass}
        title="Page not found"
        description="There is nothing at this address."
        action={
          <Button asChild variant="outline">
            <Link to="/templates">Browse templates</Link>
          </Button>
        }
      />
    </>
  );
}
