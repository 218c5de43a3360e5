'use client';

import type { TasteProfile } from '@scentence/api/schemas';
import { GENDERS, SEASONS } from '@scentence/api/vocabulary';
import Link from 'next/link';
import { noteNameIn } from '../catalog/names';
import { accordOf } from '../components/AccordBars';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { trpc } from '../trpc/client';
import { TasteRadar } from './TasteRadar';

/** How many accords the bars list; the radar draws the first eight of them. */
const BAR_ACCORDS = 8;

interface ShareRow {
  key: string;
  label: string;
  value: number;
  colour?: string;
}

function ShareList({ rows, testId, spoken }: { rows: ShareRow[]; testId: string; spoken: (row: ShareRow) => string }) {
  return (
    <ul className="taste-bars" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} className="taste-bar" data-key={row.key} data-value={row.value}>
          <span className="taste-bar__label" aria-hidden="true">
            {row.label}
          </span>
          <span className="visually-hidden">{spoken(row)}</span>
          <span className="taste-bar__track" aria-hidden="true">
            <span
              className="taste-bar__fill"
              style={{ width: `${Math.max(3, Math.min(100, row.value))}%`, backgroundColor: row.colour }}
            />
          </span>
          <span className="taste-bar__value" aria-hidden="true">
            {Math.round(row.value)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function NoteChips({ notes, testId }: { notes: TasteProfile['likedNotes']; testId: string }) {
  const { locale, t } = useI18n();
  if (notes.length === 0) return <p className="wardrobe-muted">{t.wardrobe.taste.none}</p>;
  return (
    <ul className="chips" data-testid={testId}>
      {notes.map((note) => (
        <li key={note.slug}>
          <Link className="chip" href={`/notes/${encodeURIComponent(note.slug)}`} data-note={note.slug}>
            {noteNameIn(locale, note)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The taste profile at a glance: the accord radar and bars, notes, seasons and gender lean. */
export function TasteSection() {
  const { locale, t } = useI18n();
  const text = t.wardrobe.taste;
  const taste = trpc.wardrobe.taste.useQuery({});

  function body() {
    if (taste.isPending) return <p className="wardrobe-muted">{t.wardrobe.loading}</p>;
    if (taste.isError) return <QueryError error={taste.error} onRetry={() => taste.refetch()} />;
    const profile = taste.data;
    if (profile.entries === 0 || profile.accords.length === 0) {
      return (
        <p className="notice" data-testid="taste-empty">
          {text.empty}
        </p>
      );
    }
    const accordRows = (rows: TasteProfile['accords']): ShareRow[] =>
      rows.slice(0, BAR_ACCORDS).map(({ key, weight }) => {
        const accord = accordOf(key);
        return { key, label: accord ? labelIn(locale, accord) : key, value: weight, colour: accord?.color };
      });
    const shareRows = <K extends string>(
      shares: { key: K; share: number }[],
      labels: readonly { key: K; ko: string; en: string }[],
    ): ShareRow[] =>
      labels.map((label) => ({
        key: label.key,
        label: labelIn(locale, label),
        value: shares.find((share) => share.key === label.key)?.share ?? 0,
      }));
    return (
      <div className="taste" data-testid="taste-profile" data-entries={profile.entries}>
        <p className="wardrobe-muted">{text.basedOn(profile.entries)}</p>
        <div
          className="taste__chart"
          data-testid="taste-chart"
          data-accords={profile.accords.map(({ key }) => key).join(',')}
          data-profile={profile.accords.map(({ key, weight }) => `${key}:${Math.round(weight)}`).join(',')}
        >
          <TasteRadar accords={profile.accords} locale={locale} />
          <div className="taste__block">
            <h3 className="taste__title">{text.accords}</h3>
            <ShareList
              rows={accordRows(profile.accords)}
              testId="taste-accords"
              spoken={(row) => text.weight(row.label, Math.round(row.value))}
            />
            {profile.avoidedAccords.length > 0 ? (
              <>
                <h3 className="taste__title">{text.avoided}</h3>
                <ul className="chips" data-testid="taste-avoided">
                  {profile.avoidedAccords.map(({ key }) => {
                    const accord = accordOf(key);
                    return (
                      <li key={key} className="chip chip--static">
                        <span className="chip__dot" style={{ backgroundColor: accord?.color }} aria-hidden="true" />
                        {accord ? labelIn(locale, accord) : key}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
          </div>
        </div>
        <div className="taste__details">
          <div className="taste__block">
            <h3 className="taste__title">{text.likedNotes}</h3>
            <NoteChips notes={profile.likedNotes} testId="taste-liked-notes" />
          </div>
          <div className="taste__block">
            <h3 className="taste__title">{text.dislikedNotes}</h3>
            <NoteChips notes={profile.dislikedNotes} testId="taste-disliked-notes" />
          </div>
          <div className="taste__block">
            <h3 className="taste__title">{text.seasons}</h3>
            <ShareList
              rows={shareRows(profile.seasons, SEASONS)}
              testId="taste-seasons"
              spoken={(row) => text.share(row.label, Math.round(row.value))}
            />
          </div>
          <div className="taste__block">
            <h3 className="taste__title">{text.genders}</h3>
            <ShareList
              rows={shareRows(profile.genders, GENDERS)}
              testId="taste-genders"
              spoken={(row) => text.share(row.label, Math.round(row.value))}
            />
          </div>
        </div>
      </div>
    );
  }

  return (
    <section className="wardrobe-section" aria-labelledby="wardrobe-taste-title">
      <h2 id="wardrobe-taste-title" className="wardrobe-section-title">
        {text.title}
      </h2>
      {body()}
    </section>
  );
}
