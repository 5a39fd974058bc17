import { Link } from 'react-router';

import { formatCost } from '@/lib/format';

import { formatBudget } from './model';
import { useBudget } from './queries';

/** "Spent this month: $12.34 of $50", linking to the spending page; nothing until it is known. */
export function SpentThisMonth() {
  const budget = useBudget();
  if (!budget.data) return null;
  const { spentUsd, monthlyBudgetUsd } = budget.data;
  return (
    <Link
      to="/spending"
      className="text-muted-foreground text-sm hover:underline"
      data-testid="spent-this-month"
    >
      Spent this month:{' '}
      <span className="text-foreground font-medium tabular-nums">{formatCost(spentUsd)}</span>
      {monthlyBudgetUsd !== null && ` of ${formatBudget(monthlyBudgetUsd)}`}
    </Link>
  );
}
