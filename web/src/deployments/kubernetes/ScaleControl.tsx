import { LoaderCircle, Scaling } from 'lucide-react';
import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { describeError } from '@/lib/api';

import type { KubernetesPlacement } from '../deployment';
import { useScale } from './graph-queries';

const MIN_REPLICAS = 1;
const MAX_REPLICAS = 10;

interface ScaleControlProps {
  deploymentId: string;
  placement: KubernetesPlacement;
}

/** Worker replicas per worker service, 1 to 10 as the operator allows. */
export function ScaleControl({ deploymentId, placement }: ScaleControlProps) {
  const [draft, setDraft] = useState(String(placement.replicas_desired));
  const scale = useScale(deploymentId);
  const value = Number(draft);
  const valid = Number.isInteger(value) && value >= MIN_REPLICAS && value <= MAX_REPLICAS;
  const changed = valid && value !== placement.replicas_desired;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changed) scale.mutate(value);
  }

  return (
    <form onSubmit={submit} className="space-y-2" aria-label="Scale workers">
      <Label htmlFor="replicas">Worker replicas</Label>
      <div className="flex items-center gap-2">
        <Input
          id="replicas"
          type="number"
          min={MIN_REPLICAS}
          max={MAX_REPLICAS}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-invalid={!valid}
          aria-describedby="replicas-help"
          className="w-24"
          data-testid="replicas-input"
        />
        <Button
          type="submit"
          size="sm"
          disabled={!changed || scale.isPending}
          data-testid="scale-button"
        >
          {scale.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Scaling aria-hidden="true" />
          )}
          Scale
        </Button>
      </div>
      <p
        id="replicas-help"
        className={valid ? 'text-muted-foreground text-xs' : 'text-destructive text-xs'}
      >
        {valid
          ? `${placement.replicas_ready} of ${placement.replicas_desired} ready now`
          : `A whole number from ${MIN_REPLICAS} to ${MAX_REPLICAS}`}
      </p>
      {scale.isError && (
        <p className="text-destructive text-xs" role="alert">
          {describeError(scale.error)}
        </p>
      )}
    </form>
  );
}
