import type { CSSProperties } from 'react';
import { starFills } from './ratingScale';

/** Five stars filled to the rating, for the eye only (the slider over them speaks the value). */
export function RatingStars({ rating }: { rating: number | null }) {
  return (
    <span className="rating-control__stars" aria-hidden="true">
      {starFills(rating).map((fill, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: five fixed stars
        <span key={index} className="rating-star" style={{ '--fill': `${fill * 100}%` } as CSSProperties} />
      ))}
    </span>
  );
}
