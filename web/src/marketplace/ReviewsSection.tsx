import { BadgeCheck, LoaderCircle, LogIn, MessageSquare, ThumbsUp } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { loginPath } from '@/auth/next-path';
import { useAccessToken } from '@/auth/session';
import { ErrorState } from '@/components/ErrorState';
import { LoadingRegion } from '@/components/LoadingRegion';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api';
import { cn } from '@/lib/utils';
import { DetailSection } from '@/templates/DetailSection';

import { formatDate } from './format';
import type { Review, ReviewPage } from './model';
import { Pagination } from './Pagination';
import type { TemplatePermissions } from './permissions';
import {
  REVIEW_PAGE_SIZE,
  useHelpfulVote,
  useMyReview,
  useReviews,
  type ReviewSort,
} from './queries';
import { RatingStars, Stars } from './RatingStars';
import { ReviewForm } from './ReviewForm';

const SORTS: readonly { value: ReviewSort; label: string }[] = [
  { value: 'helpful', label: 'Most helpful' },
  { value: 'recent', label: 'Most recent' },
];

interface ReviewsSectionProps {
  templateId: string;
  templateName: string;
  /** Authors do not review their own templates. */
  permissions: TemplatePermissions;
  /** An unpublished template takes no new reviews. */
  unpublished: boolean;
}

export function ReviewsSection({
  templateId,
  templateName,
  permissions,
  unpublished,
}: ReviewsSectionProps) {
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<ReviewSort>('helpful');
  const reviews = useReviews(templateId, page, sort);
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
        <div className="space-y-5">
          <WriteReview
            templateId={templateId}
            templateName={templateName}
            permissions={permissions}
            unpublished={unpublished}
          />
          <ReviewsView
            templateId={templateId}
            reviews={reviews.data}
            page={page}
            onPageChange={setPage}
            sort={sort}
            onSortChange={(next) => {
              setSort(next);
              setPage(0);
            }}
          />
        </div>
      )}
    </DetailSection>
  );
}

interface WriteReviewProps {
  templateId: string;
  templateName: string;
  permissions: TemplatePermissions;
  unpublished: boolean;
}

/** The caller's review form (editing theirs when they wrote one), or why there is none. */
function WriteReview({ templateId, templateName, permissions, unpublished }: WriteReviewProps) {
  const signedIn = useAccessToken() !== null;
  const { isAuthor, loading } = permissions;
  // Asked alongside the caller's templates (not after), so the form appears without a waterfall.
  const mine = useMyReview(templateId, signedIn && !isAuthor && !unpublished);
  if (!signedIn) return <SignInToReview />;
  if (isAuthor) {
    return (
      <p className="text-muted-foreground bg-muted/30 rounded-lg border p-4 text-sm">
        You published this template; reviews are for the people who use it.
      </p>
    );
  }
  if (unpublished) {
    return (
      <p className="text-muted-foreground bg-muted/30 rounded-lg border p-4 text-sm">
        This template is unpublished and takes no new reviews.
      </p>
    );
  }
  if (loading || mine.isPending) {
    return (
      <LoadingRegion label="Loading your review…" className="block">
        <Skeleton className="h-40 w-full rounded-lg" />
      </LoadingRegion>
    );
  }
  if (mine.isError) {
    return (
      <ErrorState
        title="Couldn't load your review"
        error={mine.error}
        onRetry={() => void mine.refetch()}
        retrying={mine.isFetching}
      />
    );
  }
  return <ReviewForm templateId={templateId} templateName={templateName} existing={mine.data} />;
}

interface ReviewsViewProps {
  templateId: string;
  reviews: ReviewPage;
  page: number;
  onPageChange: (page: number) => void;
  sort: ReviewSort;
  onSortChange: (sort: ReviewSort) => void;
}

function ReviewsView({
  templateId,
  reviews,
  page,
  onPageChange,
  sort,
  onSortChange,
}: ReviewsViewProps) {
  const pageCount = Math.ceil(reviews.total / (reviews.size || REVIEW_PAGE_SIZE));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RatingStars rating={reviews.rating} className="text-sm" />
        {reviews.total > 1 && (
          <div className="flex items-center gap-2">
            <Label htmlFor="review-sort" className="text-muted-foreground shrink-0">
              Sort
            </Label>
            <NativeSelect
              id="review-sort"
              value={sort}
              onChange={(event) => onSortChange(event.target.value as ReviewSort)}
              className="w-40"
            >
              {SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </NativeSelect>
          </div>
        )}
      </div>
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
