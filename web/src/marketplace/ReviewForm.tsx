import { CircleAlert, LoaderCircle, Send, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { describeError, fieldErrors } from '@/lib/api';

import { describedBy } from './form-errors';
import { FieldMessage, FormField } from '@/components/FormField';
import type { Review } from './model';
import { useDeleteMyReview, useSubmitReview } from './queries';
import { StarRatingInput } from './StarRatingInput';
import {
  EMPTY_REVIEW,
  REVIEW_LIMITS,
  REVIEW_SERVER_FIELDS,
  toReviewRequest,
  validateReview,
  type ReviewErrors,
  type ReviewField,
  type ReviewValues,
} from './validate-review';

const FIELD_IDS: Record<ReviewField, string> = {
  rating: 'review-rating',
  title: 'review-title-input',
  body: 'review-body-input',
  useCase: 'review-use-case-input',
};

function valuesOf(review: Review | null): ReviewValues {
  if (!review) return EMPTY_REVIEW;
  return {
    rating: review.rating,
    title: review.title,
    body: review.body,
    useCase: review.use_case,
  };
}

/** The server's field errors (422/400), keyed by the form's fields. */
function serverErrors(error: unknown): ReviewErrors {
  const errors: ReviewErrors = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const mapped = REVIEW_SERVER_FIELDS[field];
    if (mapped) errors[mapped] = message;
  }
  return errors;
}

interface ReviewFormProps {
  templateId: string;
  templateName: string;
  /** The caller's review, when they wrote one: the form edits it. */
  existing: Review | null;
}

/** Write or edit your review (one per template); posting again replaces it. */
export function ReviewForm({ templateId, templateName, existing }: ReviewFormProps) {
  const submit = useSubmitReview(templateId);
  const remove = useDeleteMyReview(templateId);
  const [values, setValues] = useState<ReviewValues>(() => valuesOf(existing));
  const [touched, setTouched] = useState<Partial<Record<ReviewField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const errors = validateReview(values);
  const fromServer = serverErrors(submit.error);
  const visibleError = (field: ReviewField) =>
    (submitted || touched[field] ? errors[field] : undefined) ?? fromServer[field];
  const hasReview = existing !== null || submit.isSuccess;

  function edit<K extends ReviewField>(field: K, value: ReviewValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setNotice(null);
    if (submit.isError) submit.reset();
    if (field === 'rating') setTouched((current) => ({ ...current, rating: true }));
  }

  function blur(field: ReviewField) {
    setTouched((current) => ({ ...current, [field]: true }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const firstInvalid = (Object.keys(FIELD_IDS) as ReviewField[]).find((field) => errors[field]);
    if (firstInvalid) {
      const target = document.getElementById(FIELD_IDS[firstInvalid]);
      (target?.querySelector<HTMLElement>('[tabindex="0"]') ?? target)?.focus();
      return;
    }
    const updating = hasReview;
    submit.mutate(toReviewRequest(values), {
      onSuccess: () =>
        setNotice(updating ? 'Your review is updated.' : 'Thanks, your review is posted.'),
    });
  }

  function onDelete() {
    remove.mutate(undefined, {
      onSuccess: () => {
        setValues(EMPTY_REVIEW);
        setTouched({});
        setSubmitted(false);
        submit.reset();
        setNotice('Your review is deleted.');
      },
    });
  }

  const ratingError = visibleError('rating');
  const unmapped = submit.isError && Object.keys(fromServer).length === 0;

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      data-testid="review-form"
      aria-label={hasReview ? `Edit your review of ${templateName}` : `Review ${templateName}`}
      className="bg-muted/30 space-y-4 rounded-lg border p-4"
    >
      <h3 className="text-sm font-semibold">
        {hasReview ? 'Your review' : `Review ${templateName}`}
      </h3>
      <div className="space-y-2">
        <span id={`${FIELD_IDS.rating}-label`} className="text-sm font-medium">
          Rating
        </span>
        <StarRatingInput
          id={FIELD_IDS.rating}
          value={values.rating}
          onChange={(rating) => edit('rating', rating)}
          invalid={Boolean(ratingError)}
          describedBy={describedBy(FIELD_IDS.rating, ratingError, false)}
        />
        <FieldMessage id={FIELD_IDS.rating} error={ratingError} />
      </div>
      <FormField id={FIELD_IDS.title} label="Title" error={visibleError('title')}>
        <Input
          id={FIELD_IDS.title}
          data-testid="review-title"
          value={values.title}
          maxLength={REVIEW_LIMITS.title + 20}
          onChange={(event) => edit('title', event.target.value)}
          onBlur={() => blur('title')}
          aria-invalid={visibleError('title') ? true : undefined}
          aria-describedby={describedBy(FIELD_IDS.title, visibleError('title'), false)}
        />
      </FormField>
      <FormField
        id={FIELD_IDS.body}
        label="Review"
        optional
        hint="What worked, what didn't, what you would tell someone about to deploy it."
        error={visibleError('body')}
      >
        <Textarea
          id={FIELD_IDS.body}
          data-testid="review-body"
          rows={4}
          value={values.body}
          onChange={(event) => edit('body', event.target.value)}
          onBlur={() => blur('body')}
          aria-invalid={visibleError('body') ? true : undefined}
          aria-describedby={describedBy(FIELD_IDS.body, visibleError('body'), true)}
        />
      </FormField>
      <FormField
        id={FIELD_IDS.useCase}
        label="Use case"
        optional
        hint="e.g. fine-tuning Llama 3 on a single 4090"
        error={visibleError('useCase')}
      >
        <Input
          id={FIELD_IDS.useCase}
          data-testid="review-use-case"
          value={values.useCase}
          onChange={(event) => edit('useCase', event.target.value)}
          onBlur={() => blur('useCase')}
          aria-invalid={visibleError('useCase') ? true : undefined}
          aria-describedby={describedBy(FIELD_IDS.useCase, visibleError('useCase'), true)}
        />
      </FormField>

      {unmapped && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertTitle>Couldn&apos;t post your review</AlertTitle>
          <AlertDescription>{describeError(submit.error)}</AlertDescription>
        </Alert>
      )}
      {remove.isError && (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>{describeError(remove.error)}</AlertDescription>
        </Alert>
      )}
      {notice && (
        <p role="status" className="text-success text-sm" data-testid="review-notice">
          {notice}
        </p>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={submit.isPending} data-testid="review-submit">
          {submit.isPending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Send aria-hidden="true" />
          )}
          {submit.isPending ? 'Posting…' : hasReview ? 'Update review' : 'Post review'}
        </Button>
        {existing && (
          <Button
            type="button"
            variant="ghost"
            onClick={onDelete}
            disabled={remove.isPending}
            data-testid="review-delete"
          >
            <Trash2 aria-hidden="true" />
            Delete review
          </Button>
        )}
      </div>
    </form>
  );
}
