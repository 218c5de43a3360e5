'use client';

import type { WardrobeEntry } from '@scentence/api/schemas';
import { useEffect, useId, useState } from 'react';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { MemoEditor } from './MemoEditor';
import { PreferenceChoice } from './PreferenceChoice';
import { RatingControl } from './RatingControl';
import { RemoveConfirmDialog } from './RemoveConfirmDialog';
import { UseUpDialog } from './UseUpDialog';
import { useEntryChanges } from './useEntryChanges';
import { WardrobeEntryActions } from './WardrobeEntryActions';
import { WardrobeEntryHead } from './WardrobeEntryHead';

export type WardrobeView = 'gallery' | 'list';

const PICTURE_SIZE: Record<WardrobeView, number> = { gallery: 150, list: 84 };

interface WardrobeEntryItemProps {
  entry: WardrobeEntry;
  view: WardrobeView;
  /** Tells the reader what just happened (a polite live region on the page). */
  announce: (message: string) => void;
}

/** One perfume of the wardrobe with everything the member can change about it. */
export function WardrobeEntryItem({ entry, view, announce }: WardrobeEntryItemProps) {
  const { locale, t } = useI18n();
  const text = t.wardrobe;
  const { perfume } = entry;
  const baseId = useId();
  const name = `${brandIn(locale, perfume)} ${perfume.name}`;
  const { change, markUsedUp, takeOut, markingUsedUp, takingOut, busy } = useEntryChanges(perfume.id, name, announce);
  const [usingUp, setUsingUp] = useState(false);
  const [removing, setRemoving] = useState(false);
  // Shown at once, before the server has answered; put back if it refuses.
  const [preference, setPreference] = useState(entry.preference);
  useEffect(() => setPreference(entry.preference), [entry.preference]);

  const closeUseUp = () => setUsingUp(false);
  const closeRemove = () => setRemoving(false);

  return (
    <article
      className={`wardrobe-entry wardrobe-entry--${view}`}
      aria-labelledby={`${baseId}-name`}
      aria-busy={busy}
      data-testid="wardrobe-entry"
      data-perfume-id={perfume.id}
      data-state={entry.state}
      data-preference={entry.preference}
      data-rating={entry.rating ?? ''}
    >
      <PerfumePicture perfume={perfume} locale={locale} size={PICTURE_SIZE[view]} className="wardrobe-entry__picture" />
      <div className="wardrobe-entry__body">
        <WardrobeEntryHead entry={entry} nameId={`${baseId}-name`} />

        <PreferenceChoice
          legend={text.entry.preference}
          value={preference}
          onChange={(next) => {
            setPreference(next);
            void change({ preference: next }).then((ok) => ok || setPreference(entry.preference));
          }}
          testId="entry-preference"
        />
        <RatingControl rating={entry.rating} onChange={(rating) => void change({ rating })} testId="entry-rating" />
        <MemoEditor memo={entry.memo} onSave={(memo) => change({ memo })} testId="entry-memo" />

        <WardrobeEntryActions
          state={entry.state}
          onMove={(next) => change({ state: next }, text.entry.movedTo[next])}
          onUseUp={() => setUsingUp(true)}
          onRemove={() => setRemoving(true)}
        />
      </div>

      {usingUp ? (
        <UseUpDialog
          name={name}
          preference={entry.preference}
          busy={markingUsedUp}
          onClose={closeUseUp}
          onConfirm={(preference) => void markUsedUp(preference).then(closeUseUp)}
        />
      ) : null}

      {removing ? (
        <RemoveConfirmDialog
          name={name}
          busy={takingOut}
          onClose={closeRemove}
          onConfirm={() => void takeOut().then(closeRemove)}
          testId="remove-dialog"
        />
      ) : null}
    </article>
  );
}
