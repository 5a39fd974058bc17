import { Link } from 'react-router';

import { formatCost } from '@/lib/format';

import { formatBudget } from './model';
import { useBudget } from './queries';

/**
 * "Spent this month: $12.34 of $50 · Saved by hibernation: $3.21", linking to the spending page;
 * nothing until it is known, and no savings until there are some.
 */
export function SpentThisMonth() {
  const budget = useBudget();
  if (!budget.data) return null;
  const { spentUsd, monthlyBudgetUsd, savedUsd } = budget.data;
  return (
    <Link
      to="/spending"
      className="text-muted-foreground text-sm hover:underline"
      data-testid="spent-this-month"
    >
      Spent this month:{' '}
      <span className="text-foreground font-medium tabular-nums">{formatCost(spentUsd)}</span>
      {monthlyBudgetUsd !== null && ` of ${formatBudget(monthlyBudgetUsd)}`}
      {savedUsd > 0 && (
        <span data-testid="saved-to-date">
          {' · '}Saved by hibernation:{' '}
          <span className="text-foreground font-medium tabular-nums">{formatCost(savedUsd)}</span>
        </span>
      )}
    </Link>
  );
}
