import { BadgeCheck, LoaderCircle, LogIn, MessageSquare, ThumbsUp } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { loginPath } from '@/auth/next-path';
import { useAccessToken } from '@/auth/session';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api';
import { cn } from '@/lib/utils';
import { DetailSection } from '@/templates/DetailSection';

import { formatDate } from './format';
import type { Review, ReviewPage } from './model';
import { Pagination } from './Pagination';
import { REVIEW_PAGE_SIZE, useHelpfulVote, useReviews } from './queries';
import { RatingStars, Stars } from './RatingStars';
import { ReviewForm } from './ReviewForm';

interface ReviewsSectionProps {
  templateId: string;
  templateName: string;
}

export function ReviewsSection({ templateId, templateName }: ReviewsSectionProps) {
  const [page, setPage] = useState(0);
  const reviews = useReviews(templateId, page);
  return (
    <DetailSection
      icon={MessageSquare}
      title="Reviews"
      description="One review per person; “verified usage” means its author has deployed it."
    >
      {reviews.isPending ? (
        <LoadingRegion label="Loading reviews…" className="block space-y-3">
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-24 w-full" />
        </LoadingRegion>
      ) : reviews.isError ? (
        <ErrorState
          title="Couldn't load the reviews"
          error={reviews.error}
          onRetry={() => void reviews.refetch()}
          retrying={reviews.isFetching}
        />
      ) : (
        <ReviewsView
          templateId={templateId}
          templateName={templateName}
          reviews={reviews.data}
          page={page}
          onPageChange={setPage}
        />
      )}
    </DetailSection>
  );
}

interface ReviewsViewProps {
  templateId: string;
  templateName: string;
  reviews: ReviewPage;
  page: number;
  onPageChange: (page: number) => void;
}

function ReviewsView({ templateId, templateName, reviews, page, onPageChange }: ReviewsViewProps) {
  const signedIn = useAccessToken() !== null;
  const mine = reviews.items.find((review) => review.mine) ?? null;
  const pageCount = Math.ceil(reviews.total / (reviews.size || REVIEW_PAGE_SIZE));
  return (
    <div className="space-y-5">
      <div className="flex items-center gap-3">
        <RatingStars rating={reviews.rating} className="text-sm" />
      </div>
      {signedIn ? (
        <ReviewForm templateId={templateId} templateName={templateName} existing={mine} />
      ) : (
        <SignInToReview />
      )}
      {reviews.items.length === 0 ? (
        <p className="text-muted-foreground text-sm" data-testid="no-reviews">
          No reviews yet. Deployed it? Tell others how it went.
        </p>
      ) : (
        <ul className="divide-y" aria-label="Reviews">
          {reviews.items.map((review) => (
            <li key={review.id} className="py-4 first:pt-0">
              <ReviewItem templateId={templateId} review={review} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page + 1}
        pageCount={pageCount}
        onPageChange={(next) => onPageChange(next - 1)}
        label="Review pages"
      />
    </div>
  );
}

function SignInToReview() {
  const location = useLocation();
  return (
    <div className="bg-muted/30 flex flex-wrap items-center justify-between gap-3 rounded-lg border p-4 text-sm">
      <p className="text-muted-foreground">Sign in to review this template.</p>
      <Button asChild size="sm" variant="outline">
        <Link to={loginPath(`${location.pathname}${location.search}`)}>
          <LogIn aria-hidden="true" />
          Sign in
        </Link>
      </Button>
    </div>
  );
}

function ReviewItem({ templateId, review }: { templateId: string; review: Review }) {
  const date = formatDate(review.updated_at || review.created_at);
  return (
    <article data-testid="review-item" data-review-id={review.id} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span role="img" aria-label={`Rated ${review.rating} out of 5`}>
          <Stars value={review.rating} />
        </span>
        <h3 className="text-sm font-semibold">{review.title}</h3>
        {review.verified_usage && (
          <Badge
            variant="success"
            data-testid="verified-usage"
            title="The reviewer has deployed it"
          >
            <BadgeCheck aria-hidden="true" />
            Verified usage
          </Badge>
        )}
        {review.mine && <Badge variant="secondary">Your review</Badge>}
      </div>
      <p className="text-muted-foreground text-xs">
        {review.reviewer}
        {date && (
          <>
            {' · '}
            <time dateTime={review.updated_at || review.created_at}>{date}</time>
          </>
        )}
        {review.use_case && <> · used for {review.use_case}</>}
      </p>
      {review.body && <p className="text-sm whitespace-pre-line">{review.body}</p>}
      <HelpfulButton templateId={templateId} review={review} />
    </article>
  );
}

/** Votes a review helpful, or takes the vote back; your own review takes no votes. */
function HelpfulButton({ templateId, review }: { templateId: string; review: Review }) {
  const signedIn = useAccessToken() !== null;
  const vote = useHelpfulVote(templateId);
  const navigate = useNavigate();
  const location = useLocation();

  function toggle() {
    if (!signedIn) {
      void navigate(loginPath(`${location.pathname}${location.search}`));
      return;
    }
    vote.mutate(review);
  }

  return (
    <div className="flex items-center gap-2">
      <Button
        variant="outline"
        size="sm"
        aria-pressed={review.voted_helpful}
        disabled={review.mine || vote.isPending}
        title={review.mine ? 'You cannot vote on your own review' : undefined}
        onClick={toggle}
        data-testid="helpful-button"
        className={cn(review.voted_helpful && 'border-primary/60 bg-primary/15')}
      >
        {vote.isPending ? (
          <LoaderCircle className="animate-spin" aria-hidden="true" />
        ) : (
          <ThumbsUp aria-hidden="true" className={cn(review.voted_helpful && 'fill-current')} />
        )}
        Helpful
        <span className="tabular-nums" data-testid="helpful-count">
          {review.helpful_votes}
        </span>
      </Button>
      {vote.isError && (
        <span role="alert" className="text-destructive text-xs">
          {describeError(vote.error)}
        </span>
      )}
    </div>
  );
}
