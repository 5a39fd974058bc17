import { BellRing, CircleAlert, Eye, LoaderCircle, RotateCw, ServerOff } from 'lucide-react';
import { useLocation, useNavigate } from 'react-router';

import { loginPath } from '@/auth/next-path';
import { useAccessToken } from '@/auth/session';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api';

import { useCreateOfferAlert, useOfferAlerts } from './queries';

interface NoOffersProps {
  /** What the alert endpoint takes: the slug of an official template, or a template id. */
  templateRef: string;
  /** The template's slug, as alerts name it. */
  slug: string;
  templateName: string;
  /** The server's explanation, when it gave one. */
  message: string | null;
  onCheckAgain: () => void;
  checking: boolean;
}

/** No GPU fits right now: say so, and offer to watch the market for one. */
export function NoOffers({
  templateRef,
  slug,
  templateName,
  message,
  onCheckAgain,
  checking,
}: NoOffersProps) {
  const signedIn = useAccessToken() !== null;
  const alerts = useOfferAlerts(signedIn);
  const createAlert = useCreateOfferAlert(templateRef);
  const navigate = useNavigate();
  const location = useLocation();

  const watching =
    createAlert.isSuccess ||
    (alerts.data ?? []).some((alert) => alert.template_slug === slug && !alert.notified_at);

  function notifyMe() {
    if (!signedIn) {
      void navigate(loginPath(`${location.pathname}${location.search}`));
      return;
    }
    createAlert.mutate({});
  }

  return (
    <div data-testid="no-offers" className="space-y-4">
      <div className="flex items-start gap-3">
        <div className="bg-muted text-muted-foreground rounded-full p-2">
          <ServerOff className="size-4" aria-hidden="true" />
        </div>
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">No compatible GPUs available</h3>
          <p className="text-muted-foreground text-sm">
            {message ?? `No live offer fits ${templateName} right now.`}
          </p>
        </div>
      </div>

      {watching ? (
        <p
          role="status"
          className="border-info/40 bg-info/10 flex items-start gap-2 rounded-lg border px-3 py-2.5 text-sm"
        >
          <Eye className="text-info mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>
            Dumont is watching for offers. When a GPU that fits {templateName} appears, it shows up
            here and you can deploy.
          </span>
        </p>
      ) : (
        <Button
          className="w-full"
          onClick={notifyMe}
          disabled={createAlert.isPending}
          title={signedIn ? undefined : 'Sign in first; Dumont watches for offers for your account'}
          data-testid="notify-me"
        >
          {createAlert.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <BellRing aria-hidden="true" />
          )}
          Notify me
        </Button>
      )}
      {createAlert.isError && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(createAlert.error)}</AlertDescription>
        </Alert>
      )}
      <Button
        variant="ghost"
        size="sm"
        className="w-full"
        onClick={onCheckAgain}
        disabled={checking}
      >
        <RotateCw className={checking ? 'animate-spin' : undefined} aria-hidden="true" />
        Check again
      </Button>
    </div>
  );
}
