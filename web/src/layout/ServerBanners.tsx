import { FlaskConical, HardDrive, TriangleAlert } from 'lucide-react';

import { useServerInfo } from './server-info';

/** Standing notices about how this server runs, under the header on every page. */
export function ServerBanners() {
  const { data: info } = useServerInfo();
  if (
    !info ||
    (!info.simulated_cloud && !info.default_admin_credentials && !info.public_url_missing)
  )
    return null;

  return (
    <aside aria-label="Server notices" className="border-b">
      {info.default_admin_credentials && (
        <div
          data-testid="banner-default-admin"
          className="bg-warning/10 text-foreground border-warning/30 border-b last:border-b-0"
        >
          <p className="mx-auto flex max-w-7xl items-start gap-2 px-4 py-2.5 text-sm sm:px-6 lg:px-8">
            <TriangleAlert className="text-warning mt-0.5 size-4 shrink-0" aria-hidden="true" />
            <span>
              The admin account still uses the default local password — change it
              (DUMONT_ADMIN_PASSWORD) before exposing this server
            </span>
          </p>
        </div>
      )}
      {info.public_url_missing && (
        <div
          data-testid="banner-public-url"
          className="bg-warning/10 text-foreground border-warning/30 border-b last:border-b-0"
        >
          <p className="mx-auto flex max-w-7xl items-start gap-2 px-4 py-2.5 text-sm sm:px-6 lg:px-8">
            <HardDrive className="text-warning mt-0.5 size-4 shrink-0" aria-hidden="true" />
            <span>
              <strong className="font-semibold">No workspace snapshots:</strong> GPU instances
              cannot reach this server (DUMONT_PUBLIC_URL is not set), so hibernated deployments
              keep their stopped disks, billed as storage, instead of a snapshot
            </span>
          </p>
        </div>
      )}
      {info.simulated_cloud && (
        <div data-testid="banner-simulated-cloud" className="bg-info/10 text-foreground">
          <p className="mx-auto flex max-w-7xl items-start gap-2 px-4 py-2.5 text-sm sm:px-6 lg:px-8">
            <FlaskConical className="text-info mt-0.5 size-4 shrink-0" aria-hidden="true" />
            <span>
              <strong className="font-semibold">Simulated cloud:</strong> deployments run on
              Dumont&apos;s built-in Vast.ai simulator, not on real GPUs
            </span>
          </p>
        </div>
      )}
    </aside>
  );
}
