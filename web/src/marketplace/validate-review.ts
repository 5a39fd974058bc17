import type { ReviewRequest } from './types';

export const REVIEW_LIMITS = { title: 120, body: 5000, useCase: 80 } as const;

export interface ReviewValues {
  /** 0 until a star is picked. */
  rating: number;
  title: string;
  body: string;
  useCase: string;
}

export type ReviewField = keyof ReviewValues;
export type ReviewErrors = Partial<Record<ReviewField, string>>;

export const EMPTY_REVIEW: ReviewValues = { rating: 0, title: '', body: '', useCase: '' };

/** The server's rules (ReviewRequest): a rating 1–5, a title, and bounded text. */
export function validateReview(values: ReviewValues): ReviewErrors {
  const errors: ReviewErrors = {};
  if (!Number.isInteger(values.rating) || values.rating < 1 || values.rating > 5) {
    errors.rating = 'Pick a rating from 1 to 5 stars';
  }
  const title = values.title.trim();
  if (!title) errors.title = 'Give your review a title';
  else if (title.length > REVIEW_LIMITS.title) {
    errors.title = `A title is at most ${REVIEW_LIMITS.title} characters`;
  }
  if (values.body.trim().length > REVIEW_LIMITS.body) {
    errors.body = `A review is at most ${REVIEW_LIMITS.body} characters`;
  }
  if (values.useCase.trim().length > REVIEW_LIMITS.useCase) {
    errors.useCase = `A use case is at most ${REVIEW_LIMITS.useCase} characters`;
  }
  return errors;
}

export function toReviewRequest(values: ReviewValues): ReviewRequest {
  const body = values.body.trim();
  const useCase = values.useCase.trim();
  return {
    rating: values.rating,
    title: values.title.trim(),
    ...(body ? { body } : {}),
    ...(useCase ? { use_case: useCase } : {}),
  };
}

/** The request's field names as the server reports them in a 422, mapped to the form's. */
export const REVIEW_SERVER_FIELDS: Record<string, ReviewField> = {
  rating: 'rating',
  title: 'title',
  body: 'body',
  use_case: 'useCase',
};
