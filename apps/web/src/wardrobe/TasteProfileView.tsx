'use client';

import type { TasteProfile } from '@scentence/api/schemas';
import { GENDERS, SEASONS } from '@scentence/api/vocabulary';
import { useI18n } from '../i18n/I18nProvider';
import { TasteAvoidedAccords } from './TasteAvoidedAccords';
import { TasteNoteChips } from './TasteNoteChips';
import { TasteRadar } from './TasteRadar';
import { TasteShareList } from './TasteShareList';
import { accordRows, shareRows } from './tasteRows';

/** A taste profile with entries in it: the accord radar and bars, notes, seasons and gender lean. */
export function TasteProfileView({ profile }: { profile: TasteProfile }) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.taste;
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
          <TasteShareList
            rows={accordRows(locale, profile.accords)}
            testId="taste-accords"
            spoken={(row) => text.weight(row.label, Math.round(row.value))}
          />
          <TasteAvoidedAccords accords={profile.avoidedAccords} />
        </div>
      </div>
      <div className="taste__details">
        <div className="taste__block">
          <h3 className="taste__title">{text.likedNotes}</h3>
          <TasteNoteChips notes={profile.likedNotes} testId="taste-liked-notes" />
        </div>
        <div className="taste__block">
          <h3 className="taste__title">{text.dislikedNotes}</h3>
          <TasteNoteChips notes={profile.dislikedNotes} testId="taste-disliked-notes" />
        </div>
        <div className="taste__block">
          <h3 className="taste__title">{text.seasons}</h3>
          <TasteShareList
            rows={shareRows(locale, profile.seasons, SEASONS)}
            testId="taste-seasons"
            spoken={(row) => text.share(row.label, Math.round(row.value))}
          />
        </div>
        <div className="taste__block">
          <h3 className="taste__title">{text.genders}</h3>
          <TasteShareList
            rows={shareRows(locale, profile.genders, GENDERS)}
            testId="taste-genders"
            spoken={(row) => text.share(row.label, Math.round(row.value))}
          />
        </div>
      </div>
    </div>
  );
}
