import { useServerInfo } from './server-info';

export function Footer() {
  const { data: info } = useServerInfo();
  return (
    <footer className="border-t">
      <div className="text-muted-foreground mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-xs sm:px-6 lg:px-8">
        <span>Dumont — self-hosted GPU workload marketplace</span>
        {info?.version && (
          <span>
            v{info.version}
            {info.database && ` · ${info.database}`}
            {info.cache && ` · ${info.cache} cache`}
          </span>
        )}
      </div>
    </footer>
  );
}
