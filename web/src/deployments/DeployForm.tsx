import { CircleAlert, LoaderCircle, LogIn, Rocket } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { loginPath } from '@/auth/next-path';
import { useAccessToken } from '@/auth/session';
import { SegmentedControl } from '@/components/SegmentedControl';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { ApiError, describeError, problemType } from '@/lib/api';
import { formatHourly } from '@/lib/format';
import { formatPrice } from '@/market/format';

import { BidControl } from './BidControl';
import { gpuLabel, type Offer } from './deployment';
import { ANY_OFFER, type OfferConstraintValues } from './offer-constraints';
import { OfferList } from './OfferList';
import { useDeploy } from './queries';
import { useBidDraft } from './use-bid';
import {
  deployRef,
  isSecretName,
  MAX_DISK_GB,
  minDiskGb,
  settingsToFill,
  takesHfToken,
  toDeployRequest,
  validateDeploy,
  validateSettings,
  type DeployErrors,
  type DeployTarget,
  type DeployValues,
} from './validate-deploy';

type Field = Exclude<keyof DeployValues, 'strategy'>;

const FIELD_IDS: Record<Field, string> = {
  offerId: 'deploy-offer',
  diskGb: 'deploy-disk',
  hfToken: 'deploy-hf-token',
  bidPerHour: 'deploy-bid',
};

function settingId(name: string): string {
  return `deploy-env-${name}`;
}

function defaultDisk(template: DeployTarget): string {
  return String(Math.min(minDiskGb(template), MAX_DISK_GB));
}

interface DeployFormProps {
  template: DeployTarget;
  offers: Offer[];
  /** Asks for fresh offers, after the chosen one turned out to be gone. */
  onOffersStale: () => void;
  /** The region, verification and price every host of this deployment must meet. */
  constraints?: OfferConstraintValues;
}

const STRATEGIES = [
  { value: 'roundrobin', label: 'Try the next offer' },
  { value: 'race', label: 'Race 3 hosts' },
  { value: 'serverless', label: 'Warm pool' },
  { value: 'coldstart', label: 'Stop' },
] as const;

const STRATEGY_HINT = {
  roundrobin:
    'Dumont gives up a host at the first sign it will not run and rents the next offer, up to six.',
  race: 'Dumont rents three hosts on different machines at once and keeps the first that answers; the others are destroyed at once (their minutes are billed).',
  serverless:
    'Takes an instance already running in the template’s warm pool, ready at once, when an administrator keeps one; otherwise rents one like “Try the next offer”. The offer picked above is not used.',
  coldstart: 'Only the offer picked above: a host that will not run fails the deployment.',
} as const;

export function DeployForm({
  template,
  offers,
  onOffersStale,
  constraints = ANY_OFFER,
}: DeployFormProps) {
  const signedIn = useAccessToken() !== null;
  const navigate = useNavigate();
  const location = useLocation();
  const deploy = useDeploy(deployRef(template));

  const [pickedId, setPickedId] = useState<number | null>(null);
  const [diskGb, setDiskGb] = useState(() => defaultDisk(template));
  const [hfToken, setHfToken] = useState('');
  const [strategy, setStrategy] = useState<'roundrobin' | 'race' | 'serverless' | 'coldstart'>(
    'roundrobin',
  );
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const withToken = takesHfToken(template);
  const toFill = settingsToFill(template);
  const [settings, setSettings] = useState<Record<string, string>>({});
  const settingErrors = validateSettings(settings);

  // The pick stays while its offer is listed; otherwise the best offer is selected.
  const offerId = offers.some((offer) => offer.id === pickedId)
    ? pickedId
    : (offers[0]?.id ?? null);
  const selected = offers.find((offer) => offer.id === offerId);
  const [interruptible, setInterruptible] = useState(false);
  const bidding = interruptible && strategy !== 'serverless';
  const bid = useBidDraft(selected, bidding);
  const values: DeployValues = {
    offerId,
    diskGb,
    hfToken,
    strategy,
    bidPerHour: bidding ? bid.value : null,
  };
  const errors: DeployErrors = validateDeploy(values, minDiskGb(template));
  const visibleError = (field: Field) => (touched[field] ? errors[field] : undefined);

  function edit(field: Field, apply: () => void) {
    apply();
    if (deploy.isError) deploy.reset();
    if (field === 'offerId') setTouched((current) => ({ ...current, offerId: true }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!signedIn) {
      void navigate(loginPath(`${location.pathname}${location.search}`));
      return;
    }
    setTouched({ offerId: true, diskGb: true, hfToken: true, bidPerHour: true });
    const firstInvalid = (Object.keys(FIELD_IDS) as Field[]).find((field) => errors[field]);
    if (firstInvalid) {
      document.getElementById(FIELD_IDS[firstInvalid])?.focus();
      return;
    }
    const firstBadSetting = toFill.find((name) => settingErrors[name]);
    if (firstBadSetting) {
      document.getElementById(settingId(firstBadSetting))?.focus();
      return;
    }
    deploy.mutate(toDeployRequest(values, settings, constraints), {
      onSuccess: (deployment) => void navigate(`/deployments/${deployment.id}`),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) onOffersStale();
      },
    });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="space-y-5"
      aria-label={`Deploy ${template.name}`}
      data-testid="deploy-form"
    >
      <div id={FIELD_IDS.offerId} tabIndex={-1} className="outline-none">
        <OfferList
          offers={offers}
          selectedId={offerId}
          onSelect={(id) => edit('offerId', () => setPickedId(id))}
          error={visibleError('offerId')}
        />
      </div>

      <FormField
        id={FIELD_IDS.diskGb}
        label="Disk size (GB)"
        hint={`${template.name} needs at least ${minDiskGb(template)} GB; up to ${MAX_DISK_GB} GB.`}
        error={visibleError('diskGb')}
      >
        <Input
          id={FIELD_IDS.diskGb}
          type="number"
          inputMode="numeric"
          min={minDiskGb(template)}
          max={MAX_DISK_GB}
          step={1}
          value={diskGb}
          onChange={(event) => edit('diskGb', () => setDiskGb(event.target.value))}
          onBlur={() => setTouched((current) => ({ ...current, diskGb: true }))}
          aria-invalid={visibleError('diskGb') ? true : undefined}
          aria-describedby={`${FIELD_IDS.diskGb}-${visibleError('diskGb') ? 'error' : 'hint'}`}
        />
      </FormField>

      <div className="space-y-2">
        <p className="text-sm font-medium">If the host fails to start</p>
        <SegmentedControl
          label="If the host fails to start"
          options={STRATEGIES}
          value={strategy}
          onChange={setStrategy}
        />
        <p className="text-muted-foreground text-xs">{STRATEGY_HINT[strategy]}</p>
      </div>

      <BidControl
        offer={selected}
        on={interruptible}
        onOnChange={(on) => edit('bidPerHour', () => setInterruptible(on))}
        disabledReason={
          strategy === 'serverless'
            ? 'Not with “Warm pool”: its instances are rented on-demand. Pick another strategy to bid.'
            : null
        }
        draft={{
          ...bid,
          setValue: (value) => edit('bidPerHour', () => bid.setValue(value)),
        }}
        error={visibleError('bidPerHour')}
      />

      {withToken && (
        <FormField
          id={FIELD_IDS.hfToken}
          label="Hugging Face token (optional)"
          hint="Only needed for gated models such as Llama. Dumont passes it to the instance as HF_TOKEN and never shows it again."
          error={visibleError('hfToken')}
        >
          <Input
            id={FIELD_IDS.hfToken}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="hf_…"
            value={hfToken}
            onChange={(event) => edit('hfToken', () => setHfToken(event.target.value))}
            onBlur={() => setTouched((current) => ({ ...current, hfToken: true }))}
            aria-invalid={visibleError('hfToken') ? true : undefined}
            aria-describedby={`${FIELD_IDS.hfToken}-${visibleError('hfToken') ? 'error' : 'hint'}`}
          />
        </FormField>
      )}

      {toFill.map((name) => (
        <FormField
          key={name}
          id={settingId(name)}
          label={`${name} (optional)`}
          hint={`${template.name} asks for this${
            template.env_vars[name] ? ` (${template.env_vars[name]})` : ''
          }. Left empty, it is not set.`}
          error={settingErrors[name]}
        >
          <Input
            id={settingId(name)}
            data-testid="deploy-setting"
            type={isSecretName(name) ? 'password' : 'text'}
            autoComplete="off"
            spellCheck={false}
            value={settings[name] ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setSettings((current) => ({ ...current, [name]: value }));
              if (deploy.isError) deploy.reset();
            }}
            aria-invalid={settingErrors[name] ? true : undefined}
            aria-describedby={`${settingId(name)}-${settingErrors[name] ? 'error' : 'hint'}`}
          />
        </FormField>
      ))}

      {deploy.isError && <DeployError error={deploy.error} />}

      <div className="space-y-2">
        <Button
          type="submit"
          className="w-full"
          disabled={deploy.isPending}
          data-testid="deploy-button"
        >
          {deploy.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : signedIn ? (
            <Rocket aria-hidden="true" />
          ) : (
            <LogIn aria-hidden="true" />
          )}
          {deploy.isPending ? 'Deploying…' : signedIn ? 'Deploy' : 'Sign in to deploy'}
        </Button>
        {selected && (
          <p className="text-muted-foreground text-center text-xs">
            {gpuLabel(selected.gpu_name, selected.num_gpus)} at{' '}
            {bidding && !errors.bidPerHour
              ? `a bid of ${formatPrice(Number(bid.value))}/h`
              : formatHourly(selected.price_per_hour)}
            , billed by the provider until you destroy it.
          </p>
        )}
      </div>
    </form>
  );
}

function DeployError({ error }: { error: Error }) {
  const gone = problemType(error) === 'offer-gone';
  const title =
    error instanceof ApiError && error.problem.title ? error.problem.title : "Couldn't deploy";
  return (
    <Alert variant="destructive">
      <CircleAlert aria-hidden="true" />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{describeError(error)}</p>
        {gone && <p>The list shows the offers available now.</p>}
      </AlertDescription>
    </Alert>
  );
}

interface FormFieldProps {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  children: ReactNode;
}

function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className="space-y-2">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-destructive text-sm">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-muted-foreground text-xs">
          {hint}
        </p>
      )}
    </div>
  );
}
