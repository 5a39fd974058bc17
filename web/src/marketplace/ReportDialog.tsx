import { CircleAlert, Flag, LoaderCircle } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { loginPath } from '@/auth/next-path';
import { useAccessToken } from '@/auth/session';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { describeError } from '@/lib/api';

import { describedBy } from './form-errors';
import { FormField } from '@/components/FormField';
import { REPORT_REASONS, type MarketplaceTemplate } from './model';
import { useReportTemplate } from './queries';

const MAX_DETAILS = 2000;

/** Tells the admins something is wrong with a template. */
export function ReportDialog({ template }: { template: MarketplaceTemplate }) {
  const signedIn = useAccessToken() !== null;
  const navigate = useNavigate();
  const location = useLocation();
  const report = useReportTemplate(template.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [details, setDetails] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const reasonError = submitted && !reason ? 'Pick what is wrong' : undefined;
  const detailsError =
    details.length > MAX_DETAILS ? `At most ${MAX_DETAILS} characters` : undefined;

  function start() {
    if (!signedIn) {
      void navigate(loginPath(`${location.pathname}${location.search}`));
      return;
    }
    setOpen(true);
  }

  function changeOpen(next: boolean) {
    if (report.isPending) return;
    setOpen(next);
    if (!next) {
      report.reset();
      setReason('');
      setDetails('');
      setSubmitted(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!reason || detailsError) return;
    report.mutate({ reason, ...(details.trim() ? { details: details.trim() } : {}) });
  }

  return (
    <>
      <Button variant="ghost" onClick={start} data-testid="report-button">
        <Flag aria-hidden="true" />
        Report
      </Button>
      <Dialog open={open} onOpenChange={changeOpen}>
        <DialogContent>
          {report.isSuccess ? (
            <div className="space-y-4">
              <DialogHeader>
                <DialogTitle>Thanks for the report</DialogTitle>
                <DialogDescription role="status">
                  The admins will look at {template.name} and act on it if needed.
                </DialogDescription>
              </DialogHeader>
              <DialogFooter>
                <Button onClick={() => changeOpen(false)}>Close</Button>
              </DialogFooter>
            </div>
          ) : (
            <form noValidate onSubmit={submit} className="space-y-4" data-testid="report-form">
              <DialogHeader>
                <DialogTitle>Report {template.name}</DialogTitle>
                <DialogDescription>
                  Only admins see reports. Say what is wrong so they can check.
                </DialogDescription>
              </DialogHeader>
              <FormField id="report-reason" label="Reason" error={reasonError}>
                <NativeSelect
                  id="report-reason"
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={describedBy('report-reason', reasonError, false)}
                  data-testid="report-reason"
                >
                  <option value="">Pick a reason</option>
                  {REPORT_REASONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
              <FormField
                id="report-details"
                label="Details"
                optional
                hint="What you saw, and where."
                error={detailsError}
              >
                <Textarea
                  id="report-details"
                  rows={4}
                  value={details}
                  onChange={(event) => setDetails(event.target.value)}
                  aria-invalid={detailsError ? true : undefined}
                  aria-describedby={describedBy('report-details', detailsError, true)}
                />
              </FormField>
              {report.isError && (
                <Alert variant="destructive">
                  <CircleAlert aria-hidden="true" />
                  <AlertDescription>{describeError(report.error)}</AlertDescription>
                </Alert>
              )}
              <DialogFooter>
                <Button
                  type="button"
                  variant="outline"
                  onClick={() => changeOpen(false)}
                  disabled={report.isPending}
                >
                  Cancel
                </Button>
                <Button type="submit" disabled={report.isPending} data-testid="report-submit">
                  {report.isPending ? (
                    <LoaderCircle className="animate-spin" aria-hidden="true" />
                  ) : (
                    <Flag aria-hidden="true" />
                  )}
                  {report.isPending ? 'Sending…' : 'Send report'}
                </Button>
              </DialogFooter>
            </form>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
