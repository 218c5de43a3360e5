'use client';

import { RATING_MAX } from '@scentence/api/schemas';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { RatingStars } from './RatingStars';
import { formatRating, RATING_STEP } from './ratingScale';
import { useSettledRating } from './useSettledRating';

interface RatingControlProps {
  rating: number | null;
  onChange: (rating: number | null) => void;
  testId: string;
}

/**
 * 0–10 in half steps: a slider (arrow keys step by a half, Home and End go to 0 and 10) drawn
 * with five stars, its value written out, and a button that clears it.
 */
export function RatingControl({ rating, onChange, testId }: RatingControlProps) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.entry;
  const id = useId();
  const { draft, move, flush, clear } = useSettledRating(rating, onChange);

  const shown = draft === null ? text.noRating : text.ratingValue(formatRating(draft, locale));
  return (
    <div className="rating-control" data-testid={testId} data-rating={draft ?? ''}>
      <label htmlFor={id} className="rating-control__label">
        {text.rating}
      </label>
      <div className="rating-control__row">
        <span className="rating-control__track">
          <RatingStars rating={draft} />
          {/* The slider lies over the stars, unseen: a drag across them or the arrow keys set the rating. */}
          <input
            id={id}
            type="range"
            className="rating-control__input"
            min={0}
            max={RATING_MAX}
            step={RATING_STEP}
            value={draft ?? 0}
            aria-valuetext={draft === null ? text.noRating : text.ratingSpoken(formatRating(draft, locale))}
            onChange={(event) => move(Number(event.target.value))}
            onBlur={flush}
            data-testid={`${testId}-input`}
          />
        </span>
        <output htmlFor={id} className="rating-control__value" data-testid={`${testId}-value`}>
          {shown}
        </output>
        {draft !== null ? (
          <button type="button" className="link-button rating-control__clear" onClick={clear}>
            {text.clearRating}
          </button>
        ) : null}
      </div>
    </div>
  );
}
