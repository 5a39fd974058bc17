import { Eye, EyeOff, ExternalLink, KeyRound, Link2 } from 'lucide-react';
import { useState } from 'react';

import { CopyButton } from '@/components/CopyButton';
import { Button } from '@/components/ui/button';

import { isWebUrl, type AppCredentials, type Endpoint } from './deployment';

interface ConnectionDetailsProps {
  templateName: string;
  endpoints: Endpoint[];
  credentials: AppCredentials | null;
}

/** A URL without its query string: Jupyter's link carries the token, which stays out of sight. */
function displayUrl(url: string): { text: string; hasSecret: boolean } {
  try {
    const parsed = new URL(url);
    return { text: `${parsed.origin}${parsed.pathname}`, hasSecret: parsed.search !== '' };
  } catch {
    return { text: url, hasSecret: false };
  }
}

const SECRET_HINT: Record<AppCredentials['scheme'], string> = {
  token: 'Paste it if the app asks for a token.',
  basic: 'Sign in to the app with this user name and password.',
  'api-key': 'Send it with each request as "Authorization: Bearer <key>".',
};

const SECRET_LABEL: Record<AppCredentials['scheme'], string> = {
  token: 'Token',
  basic: 'Password',
  'api-key': 'API key',
};

/** Where the running app answers, and the secret that guards it. */
export function ConnectionDetails({
  templateName,
  endpoints,
  credentials,
}: ConnectionDetailsProps) {
  const links = endpoints.filter((endpoint) => isWebUrl(endpoint.url));
  return (
    <section
      aria-labelledby="connect-heading"
      className="border-success/40 bg-success/5 space-y-4 rounded-xl border p-6"
    >
      <h2 id="connect-heading" className="flex items-center gap-2 text-base font-semibold">
        <Link2 className="text-success size-4" aria-hidden="true" />
        Connect to {templateName}
      </h2>
      {links.length === 0 ? (
        <p className="text-muted-foreground text-sm">This deployment exposes no web address.</p>
      ) : (
        <ul className="space-y-2">
          {links.map((endpoint) => {
            const shown = displayUrl(endpoint.url);
            return (
              <li key={`${endpoint.port}-${endpoint.url}`} className="flex items-center gap-2">
                <a
                  href={endpoint.url}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="endpoint-link"
                  className="bg-background hover:bg-accent focus-visible:ring-ring/50 flex min-w-0 flex-1 items-center gap-3 rounded-lg border px-3 py-2 text-sm outline-none focus-visible:ring-[3px]"
                >
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium">
                      {endpoint.label || `Port ${endpoint.port}`}
                    </span>
                    <span className="text-muted-foreground block truncate font-mono text-xs">
                      {shown.text}
                      {shown.hasSecret && ' (with your token)'}
                    </span>
                  </span>
                  <ExternalLink
                    className="text-muted-foreground size-4 shrink-0"
                    aria-hidden="true"
                  />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
                <CopyButton value={endpoint.url} label={`Copy ${endpoint.label || 'link'} URL`} />
              </li>
            );
          })}
        </ul>
      )}
      {credentials && <Credentials credentials={credentials} />}
    </section>
  );
}

function Credentials({ credentials }: { credentials: AppCredentials }) {
  const [revealed, setRevealed] = useState(false);
  const label = SECRET_LABEL[credentials.scheme];
  return (
    <div className="space-y-2" data-testid="deployment-credentials">
      <h3 className="flex items-center gap-2 text-sm font-medium">
        <KeyRound className="text-muted-foreground size-4" aria-hidden="true" />
        Credentials
      </h3>
      <dl className="bg-background divide-y rounded-lg border text-sm">
        {credentials.username && (
          <div className="flex items-center gap-3 px-3 py-1.5">
            <dt className="text-muted-foreground w-20 shrink-0">User name</dt>
            <dd className="min-w-0 flex-1 truncate font-mono">{credentials.username}</dd>
            <CopyButton value={credentials.username} label="Copy user name" />
          </div>
        )}
        <div className="flex items-center gap-3 px-3 py-1.5">
          <dt className="text-muted-foreground w-20 shrink-0">{label}</dt>
          <dd className="min-w-0 flex-1 truncate font-mono" data-testid="credentials-secret">
            {revealed ? credentials.secret : '•'.repeat(16)}
          </dd>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-8"
            aria-pressed={revealed}
            aria-label={`Show ${label.toLowerCase()}`}
            title={revealed ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
            onClick={() => setRevealed((current) => !current)}
          >
            {revealed ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
          </Button>
          <CopyButton value={credentials.secret} label={`Copy ${label.toLowerCase()}`} />
        </div>
      </dl>
      <p className="text-muted-foreground text-xs">{SECRET_HINT[credentials.scheme]}</p>
    </div>
  );
}
