'use client';

import type { TasteProfile } from '@scentence/api/schemas';
import { GENDERS, SEASONS } from '@scentence/api/vocabulary';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { TasteAvoidedAccords } from './TasteAvoidedAccords';
import { TasteNoteChips } from './TasteNoteChips';
import { TasteRadar } from './TasteRadar';
import { type ShareRow, TasteShareList } from './TasteShareList';
import { accordRows, shareRows } from './tasteRows';

/** A taste profile with entries in it: the accord radar and bars, notes, seasons and gender lean. */
export function TasteProfileView({ profile }: { profile: TasteProfile }) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.taste;
  const spokenShare = (row: ShareRow) => text.share(row.label, Math.round(row.value));
  const shares = [
    { title: text.seasons, rows: shareRows(locale, profile.seasons, SEASONS), testId: 'taste-seasons' },
    { title: text.genders, rows: shareRows(locale, profile.genders, GENDERS), testId: 'taste-genders' },
  ];
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
        <TasteBlock title={text.accords}>
          <TasteShareList
            rows={accordRows(locale, profile.accords)}
            testId="taste-accords"
            spoken={(row) => text.weight(row.label, Math.round(row.value))}
          />
          <TasteAvoidedAccords accords={profile.avoidedAccords} />
        </TasteBlock>
      </div>
      <div className="taste__details">
        <TasteBlock title={text.likedNotes}>
          <TasteNoteChips notes={profile.likedNotes} testId="taste-liked-notes" />
        </TasteBlock>
        <TasteBlock title={text.dislikedNotes}>
          <TasteNoteChips notes={profile.dislikedNotes} testId="taste-disliked-notes" />
        </TasteBlock>
        {shares.map((share) => (
          <TasteBlock key={share.testId} title={share.title}>
            <TasteShareList rows={share.rows} testId={share.testId} spoken={spokenShare} />
          </TasteBlock>
        ))}
      </div>
    </div>
  );
}

/** One part of the profile under its heading. */
function TasteBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="taste__block">
      <h3 className="taste__title">{title}</h3>
      {children}
    </div>
  );
}
