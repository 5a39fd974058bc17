import { Link } from 'react-router';

export function Logo() {
  return (
    <Link
      to="/templates"
      className="focus-visible:ring-ring/50 flex items-center gap-2 rounded-md font-semibold tracking-tight outline-none focus-visible:ring-[3px]"
    >
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-slate-900 dark:fill-slate-800" />
        <path
          d="M9 8h7.5C21.7 8 25 11.3 25 16s-3.3 8-8.5 8H9z"
          fill="none"
          stroke="#34d399"
          strokeWidth="3"
          strokeLinejoin="round"
        />
        <path d="M13 13h3.3c1.8 0 3 1.2 3 3s-1.2 3-3 3H13z" fill="#34d399" />
      </svg>
      <span className="sr-only text-lg sm:not-sr-only">Dumont</span>
    </Link>
  );
}
