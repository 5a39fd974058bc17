import { CircleAlert, GitFork, LoaderCircle } from 'lucide-react';
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
import { Input } from '@/components/ui/input';
import { describeError, fieldErrors, isApiError } from '@/lib/api';

import { describedBy } from './form-errors';
import { FormField } from '@/components/FormField';
import { marketplacePath, type MarketplaceTemplate } from './model';
import { useFork } from './queries';
import { SLUG } from './validate-template';

/** Copies the template's latest version into the caller's namespace, then opens the copy. */
export function ForkDialog({ template }: { template: MarketplaceTemplate }) {
  const signedIn = useAccessToken() !== null;
  const navigate = useNavigate();
  const location = useLocation();
  const fork = useFork(template.id);
  const [open, setOpen] = useState(false);
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);

  const slugError =
    slug.trim() && !SLUG.test(slug.trim())
      ? 'Lowercase letters, digits and dashes, not starting or ending with a dash'
      : undefined;
  const nameError =
    name.trim() && (name.trim().length < 3 || name.trim().length > 120)
      ? '3 to 120 characters'
      : undefined;
  // A slug already taken answers 409: it is about the slug.
  const server: Record<string, string> = isApiError(fork.error, 409)
    ? { slug: describeError(fork.error) }
    : fieldErrors(fork.error);
  const shownSlugError = (touched ? slugError : undefined) ?? server.slug;
  const shownNameError = (touched ? nameError : undefined) ?? server.name;
  const otherError = fork.isError && !('slug' in server) && !('name' in server);

  function start() {
    if (!signedIn) {
      void navigate(loginPath(`${location.pathname}${location.search}`));
      return;
    }
    setOpen(true);
  }

  function changeOpen(next: boolean) {
    if (fork.isPending) return;
    setOpen(next);
    if (!next) fork.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (slugError || nameError) return;
    fork.mutate(
      {
        ...(slug.trim() ? { slug: slug.trim() } : {}),
        ...(name.trim() ? { name: name.trim() } : {}),
      },
      {
        onSuccess: (copy) => {
          setOpen(false);
          void navigate(marketplacePath(copy.id));
        },
      },
    );
  }

  return (
    <>
      <Button variant="outline" onClick={start} data-testid="fork-button">
        <GitFork aria-hidden="true" />
        Fork
      </Button>
      <Dialog open={open} onOpenChange={changeOpen}>
        <DialogContent>
          <form noValidate onSubmit={submit} className="space-y-4" data-testid="fork-form">
            <DialogHeader>
              <DialogTitle>Fork {template.name}</DialogTitle>
              <DialogDescription>
                Copies version {template.version} into your templates, where you can change it. The
                copy says where it came from.
              </DialogDescription>
            </DialogHeader>
            <FormField
              id="fork-slug"
              label="Slug"
              optional
              hint={`Yours to pick; “${template.slug}” when empty.`}
              error={shownSlugError}
            >
              <Input
                id="fork-slug"
                value={slug}
                placeholder={template.slug}
                spellCheck={false}
                onChange={(event) => {
                  setSlug(event.target.value);
                  if (fork.isError) fork.reset();
                }}
                onBlur={() => setTouched(true)}
                aria-invalid={shownSlugError ? true : undefined}
                aria-describedby={describedBy('fork-slug', shownSlugError, true)}
              />
            </FormField>
            <FormField
              id="fork-name"
              label="Name"
              optional
              hint={`“${template.name}” when empty.`}
              error={shownNameError}
            >
              <Input
                id="fork-name"
                value={name}
                placeholder={template.name}
                onChange={(event) => {
                  setName(event.target.value);
                  if (fork.isError) fork.reset();
                }}
                onBlur={() => setTouched(true)}
                aria-invalid={shownNameError ? true : undefined}
                aria-describedby={describedBy('fork-name', shownNameError, true)}
              />
            </FormField>
            {otherError && (
              <Alert variant="destructive">
                <CircleAlert aria-hidden="true" />
                <AlertDescription>{describeError(fork.error)}</AlertDescription>
              </Alert>
            )}
            <DialogFooter>
              <Button
                type="button"
                variant="outline"
                onClick={() => changeOpen(false)}
                disabled={fork.isPending}
              >
                Cancel
              </Button>
              <Button type="submit" disabled={fork.isPending} data-testid="fork-submit">
                {fork.isPending ? (
                  <LoaderCircle className="animate-spin" aria-hidden="true" />
                ) : (
                  <GitFork aria-hidden="true" />
                )}
                {fork.isPending ? 'Forking…' : 'Fork'}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
