'use client';

import type { TasteProfile } from '@scentence/api/schemas';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

/** The accords the member avoids, as coloured chips under their title; nothing when there are none. */
export function TasteAvoidedAccords({ accords }: { accords: TasteProfile['avoidedAccords'] }) {
  const { locale, t } = useI18n();
  if (accords.length === 0) return null;
  return (
    <>
      <h3 className="taste__title">{t.wardrobe.taste.avoided}</h3>
      <ul className="chips" data-testid="taste-avoided">
        {accords.map(({ key }) => {
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
  );
}
