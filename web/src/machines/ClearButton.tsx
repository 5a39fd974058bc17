import { ShieldCheck } from 'lucide-react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormField } from '@/components/FormField';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

import { useClearMachine } from './queries';

/** An admin's early release of a blacklisted machine, with the reason it is kept with. */
export function ClearButton({ machineId }: { machineId: number }) {
  const clear = useClearMachine();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = `clear-reason-${machineId}`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm">
          Clear
        </Button>
      }
      title={`Clear machine ${machineId} from the blacklist?`}
      description="Its offers appear again at once, and only attempts from now on count towards the next automatic verdict."
      icon={ShieldCheck}
      confirmLabel="Clear"
      pendingLabel="Clearing…"
      cancelLabel="Keep blacklisted"
      confirmTestId={`confirm-clear-${machineId}`}
      mutation={clear}
      onClosed={() => {
        setReason('');
        setError(undefined);
      }}
      onConfirm={(close) => {
        if (reason.trim().length < 3) {
          setError('Say why, in at least 3 characters');
          return;
        }
        clear.mutate({ machineId, reason: reason.trim() }, { onSuccess: close });
      }}
    >
      <FormField id={id} label="Reason" error={error}>
        <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormField>
    </ConfirmDialog>
  );
}
