import type { BudgetDto, BudgetNoticeDto, DeploymentSpendDto, DeploymentStatus } from '@/lib/api';

/** The shares of the budget that send a notice, in percent (as the server checks them). */
export const THRESHOLDS = [50, 80, 100] as const;

/** The largest monthly budget the server takes, in USD. */
export const MAX_BUDGET_USD = 100_000;

export interface DeploymentSpend {
  id: string;
  templateName: string;
  status: DeploymentStatus;
  costThisMonthUsd: number;
}

export interface BudgetNotice {
  month: string;
  threshold: number;
  budgetUsd: number;
  spentUsd: number;
  at: string;
  message: string;
}

export interface Budget {
  monthlyBudgetUsd: number | null;
  /** YYYY-MM, UTC */
  month: string;
  spentUsd: number;
  /** spent / budget (above 1 when overspent), or null without a budget */
  share: number | null;
  thresholdsReached: number[];
  deployments: DeploymentSpend[];
  notices: BudgetNotice[];
  /** What hibernation has saved on all the user's deployments, all months, to date. */
  savedUsd: number;
}

function toSpend(dto: DeploymentSpendDto): DeploymentSpend {
  return {
    id: dto.id ?? '',
    templateName: dto.template_name ?? 'Deployment',
    status: dto.status ?? 'pending',
    costThisMonthUsd: dto.cost_this_month_usd ?? 0,
  };
}

function toNotice(dto: BudgetNoticeDto): BudgetNotice {
  return {
    month: dto.month ?? '',
    threshold: dto.threshold ?? 0,
    budgetUsd: dto.budget_usd ?? 0,
    spentUsd: dto.spent_usd ?? 0,
    at: dto.at ?? '',
    message: dto.message ?? '',
  };
}

export function toBudget(dto: BudgetDto): Budget {
  return {
    monthlyBudgetUsd: dto.monthly_budget_usd ?? null,
    month: dto.month ?? '',
    spentUsd: dto.spent_usd ?? 0,
    share: dto.share ?? null,
    thresholdsReached: dto.thresholds_reached ?? [],
    deployments: (dto.deployments ?? []).map(toSpend),
    notices: (dto.notices ?? []).map(toNotice),
    savedUsd: dto.saved_usd ?? 0,
  };
}

/**
 * The budget typed in the editor, as the server will take it: a number of dollars, or null for
 * none (an empty field); an error message instead when it is not one.
 */
export function parseBudget(input: string): { value: number | null } | { error: string } {
  const text = input.trim().replace(/^\$/, '');
  if (text === '') return { value: null };
  if (!/^\d+(\.\d{0,2})?$/.test(text)) return { error: 'Enter an amount in dollars, e.g. 50' };
  const value = Number(text);
  if (value <= 0) return { error: 'A budget is more than $0; clear the field for no budget' };
  if (value > MAX_BUDGET_USD) return { error: 'A budget is at most $100,000 a month' };
  return { value };
}

/** "2026-07" -> "July 2026" */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** $50 for whole dollars, $49.50 otherwise, as the budget was set. */
export function formatBudget(usd: number): string {
  return Number.isInteger(usd) ? `$${usd.toLocaleString('en-US')}` : `$${usd.toFixed(2)}`;
}
