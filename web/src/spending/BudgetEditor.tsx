import { CircleAlert, LoaderCircle, Save } from 'lucide-react';
import { useState, type FormEvent } from 'react';

import { FormField } from '@/components/FormField';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { describeError, isApiError } from '@/lib/api';

import { parseBudget } from './model';
import { useSetBudget } from './queries';

/** The monthly budget in dollars, checked as typed before it is sent; an empty field removes it. */
export function BudgetEditor({ current }: { current: number | null }) {
  const [text, setText] = useState(current === null ? '' : String(current));
  const [error, setError] = useState<string | undefined>();
  const save = useSetBudget();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseBudget(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    save.mutate({ monthly_budget_usd: parsed.value ?? undefined });
  }

  // A 422 names the field; show its message at the field rather than as a page-level alert.
  const fieldProblem =
    isApiError(save.error, 422) &&
    save.error.problem.errors?.find((e) => e.field === 'monthly_budget_usd')?.message;

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Monthly budget">
      <div className="flex flex-wrap items-end gap-3">
        <FormField
          id="monthly-budget"
          label="Monthly budget (USD)"
          hint="Notices at 50, 80 and 100 % of it. Leave empty for no budget."
          error={error ?? (fieldProblem || undefined)}
          className="w-64"
        >
          <Input
            id="monthly-budget"
            inputMode="decimal"
            placeholder="no budget"
            value={text}
            aria-invalid={error || fieldProblem ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </FormField>
        <Button type="submit" disabled={save.isPending} className="mb-7">
          {save.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Save aria-hidden="true" />
          )}
          Save budget
        </Button>
      </div>
      {save.isError && !fieldProblem && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(save.error)}</AlertDescription>
        </Alert>
      )}
      {save.isSuccess && (
        <p className="text-muted-foreground text-sm" role="status">
          {save.data.monthlyBudgetUsd === null ? 'Budget removed.' : 'Budget saved.'}
        </p>
      )}
    </form>
  );
}
