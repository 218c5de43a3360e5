'use client';

import { RATING_MAX } from '@scentence/api/schemas';
import { type CSSProperties, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatRating, RATING_STEP, snapRating, starFills } from './ratingScale';

/** A slider sends its value once it rests, not on every step of a drag or a held arrow key. */
const SETTLE_MS = 450;

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
  const [draft, setDraft] = useState<number | null>(rating);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sent = useRef<number | null>(rating);

  // A newer rating from the server (another tab, a use-up) replaces the draft unless one is pending.
  useEffect(() => {
    sent.current = rating;
    if (!timer.current) setDraft(rating);
  }, [rating]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function send(next: number | null) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next === sent.current) return;
    sent.current = next;
    onChange(next);
  }

  function move(value: number) {
    const next = snapRating(value);
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), SETTLE_MS);
  }

  const shown = draft === null ? text.noRating : text.ratingValue(formatRating(draft, locale));
  return (
    <div className="rating-control" data-testid={testId} data-rating={draft ?? ''}>
      <label htmlFor={id} className="rating-control__label">
        {text.rating}
      </label>
      <div className="rating-control__row">
        <span className="rating-control__track">
          <span className="rating-control__stars" aria-hidden="true">
            {starFills(draft).map((fill, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: five fixed stars
              <span key={index} className="rating-star" style={{ '--fill': `${fill * 100}%` } as CSSProperties} />
            ))}
          </span>
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
            onBlur={() => {
              if (timer.current) send(draft);
            }}
            data-testid={`${testId}-input`}
          />
        </span>
        <output htmlFor={id} className="rating-control__value" data-testid={`${testId}-value`}>
          {shown}
        </output>
        {draft !== null ? (
          <button
            type="button"
            className="link-button rating-control__clear"
            onClick={() => {
              setDraft(null);
              send(null);
            }}
          >
            {text.clearRating}
          </button>
        ) : null}
      </div>
    </div>
  );
}
