'use client';

import { type Preference, WARDROBE_STATES, type WardrobeEntry, type WardrobeState } from '@scentence/api/schemas';
import Link from 'next/link';
import { useEffect, useId, useState } from 'react';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../members/formatDate';
import { trpc } from '../trpc/client';
import { ConfirmDialog } from './ConfirmDialog';
import { MemoEditor } from './MemoEditor';
import { PreferenceChoice } from './PreferenceChoice';
import { RatingControl } from './RatingControl';
import { useWardrobeRefresh } from './useWardrobeStatus';

export type WardrobeView = 'gallery' | 'list';

const PICTURE_SIZE: Record<WardrobeView, number> = { gallery: 150, list: 84 };

type Change = { state?: WardrobeState; preference?: Preference; rating?: number | null; memo?: string };

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
  const refresh = useWardrobeRefresh();
  const update = trpc.wardrobe.update.useMutation();
  const usedUp = trpc.wardrobe.useUp.useMutation();
  const remove = trpc.wardrobe.remove.useMutation();
  const [usingUp, setUsingUp] = useState(false);
  const [usedUpPreference, setUsedUpPreference] = useState<Preference>(entry.preference);
  const [removing, setRemoving] = useState(false);
  // Shown at once, before the server has answered; put back if it refuses.
  const [preference, setPreference] = useState(entry.preference);
  const [state, setState] = useState(entry.state);
  useEffect(() => setPreference(entry.preference), [entry.preference]);
  useEffect(() => setState(entry.state), [entry.state]);
  const name = `${brandIn(locale, perfume)} ${perfume.name}`;
  const busy = update.isPending || usedUp.isPending || remove.isPending;

  async function run(action: () => Promise<unknown>, done: string | null): Promise<boolean> {
    try {
      await action();
      if (done) announce(text.told(done, name));
      await refresh();
      return true;
    } catch {
      announce(text.told(text.entry.saveFailed, name));
      return false;
    }
  }

  const change = (next: Change, done: string | null = text.entry.saved) =>
    run(() => update.mutateAsync({ perfumeId: perfume.id, ...next }), done);

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
        <header className="wardrobe-entry__head">
          <p className="wardrobe-entry__brand">{brandIn(locale, perfume)}</p>
          <h3 className="wardrobe-entry__name" id={`${baseId}-name`}>
            <Link href={`/perfumes/${perfume.id}`} data-testid="wardrobe-entry-link">
              {perfume.name}
            </Link>
          </h3>
          {perfume.nameKo && perfume.nameKo !== perfume.name ? (
            <p className="wardrobe-entry__alt" lang="ko">
              {perfume.nameKo}
            </p>
          ) : null}
          <p className="wardrobe-entry__meta">
            {text.entry.addedOn(formatDate(entry.addedAt, locale))} · {text.sources[entry.source]}
          </p>
        </header>

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

        <div className="wardrobe-entry__actions">
          <label className="wardrobe-entry__move">
            <span>{text.entry.state}</span>
            <select
              value={state}
              data-testid="entry-state"
              onChange={(event) => {
                const next = WARDROBE_STATES.find((option) => option === event.target.value);
                if (!next) return;
                setState(next);
                void change({ state: next }, text.entry.movedTo[next]).then((ok) => ok || setState(entry.state));
              }}
            >
              {WARDROBE_STATES.map((state) => (
                <option key={state} value={state}>
                  {text.states[state]}
                </option>
              ))}
            </select>
          </label>
          {entry.state !== 'had' ? (
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="entry-use-up"
              onClick={() => {
                setUsedUpPreference(entry.preference);
                setUsingUp(true);
              }}
            >
              {text.entry.useUp}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--quiet button--small wardrobe-entry__remove"
            data-testid="entry-remove"
            onClick={() => setRemoving(true)}
          >
            {text.entry.remove}
          </button>
        </div>
      </div>

      {usingUp ? (
        <ConfirmDialog
          title={text.useUp.title}
          confirmLabel={text.useUp.confirm}
          cancelLabel={text.entry.cancel}
          busy={usedUp.isPending}
          onClose={closeUseUp}
          onConfirm={() =>
            void run(
              () => usedUp.mutateAsync({ perfumeId: perfume.id, preference: usedUpPreference }),
              text.useUp.done,
            ).then(closeUseUp)
          }
          testId="use-up-dialog"
        >
          <p className="wardrobe-dialog__name">{name}</p>
          <p>{text.useUp.question}</p>
          <PreferenceChoice
            legend={text.entry.preference}
            value={usedUpPreference}
            onChange={setUsedUpPreference}
            testId="use-up-preference"
          />
        </ConfirmDialog>
      ) : null}

      {removing ? (
        <ConfirmDialog
          title={text.remove.title}
          confirmLabel={text.remove.confirm}
          cancelLabel={text.entry.cancel}
          danger
          busy={remove.isPending}
          onClose={closeRemove}
          onConfirm={() =>
            void run(() => remove.mutateAsync({ perfumeId: perfume.id }), text.remove.done).then(closeRemove)
          }
          testId="remove-dialog"
        >
          <p className="wardrobe-dialog__name">{name}</p>
          <p>{text.remove.body}</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
