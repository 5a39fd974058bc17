import { Ban, CircleAlert, LoaderCircle } from 'lucide-react';
import { useState, type FormEvent } from 'react';

import { FormField } from '@/components/FormField';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { describeError } from '@/lib/api';

import { validateBlacklist } from './model';
import { useBlacklistMachine } from './queries';

/** An admin's blacklisting of a machine by id, with a reason and an optional duration. */
export function BlacklistForm() {
  const [machineId, setMachineId] = useState('');
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const blacklist = useBlacklistMachine();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateBlacklist(machineId, reason, hours);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    blacklist.mutate(
      {
        machine_id: Number(machineId.trim()),
        reason: reason.trim(),
        duration_hours: hours.trim() === '' ? undefined : Number(hours),
      },
      {
        onSuccess: () => {
          setMachineId('');
          setReason('');
          setHours('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Blacklist a machine">
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_8rem]">
        <FormField id="blacklist-machine" label="Machine id" error={errors.machineId}>
          <Input
            id="blacklist-machine"
            inputMode="numeric"
            value={machineId}
            aria-invalid={errors.machineId ? true : undefined}
            onChange={(e) => setMachineId(e.target.value)}
          />
        </FormField>
        <FormField id="blacklist-reason" label="Reason" error={errors.reason}>
          <Input
            id="blacklist-reason"
            value={reason}
            aria-invalid={errors.reason ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
        <FormField id="blacklist-hours" label="Hours" optional error={errors.hours}>
          <Input
            id="blacklist-hours"
            inputMode="numeric"
            placeholder="until cleared"
            value={hours}
            aria-invalid={errors.hours ? true : undefined}
            onChange={(e) => setHours(e.target.value)}
          />
        </FormField>
      </div>
      {blacklist.isError && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(blacklist.error)}</AlertDescription>
        </Alert>
      )}
      <Button type="submit" variant="destructive" disabled={blacklist.isPending}>
        {blacklist.isPending ? (
          <LoaderCircle className="animate-spin" aria-hidden="true" />
        ) : (
          <Ban aria-hidden="true" />
        )}
        Blacklist machine
      </Button>
    </form>
  );
}
