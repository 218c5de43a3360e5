import { SCENTMAP_MESSAGES } from '@scentence/api/schemas';
import Link from 'next/link';
import { dictionaryOf } from '../../../../i18n/locale';
import { requestLocale } from '../../../../i18n/serverLocale';

/** A card link that was cut short or altered: say so, and offer the map to make a new one. */
export default async function ScentTypeCardNotFound() {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  return (
    <section className="notice notice--page" data-testid="not-found">
      <p className="notice__code" aria-hidden="true">
        404
      </p>
      <h1 className="notice__title">{t.map.scentType.pageTitle}</h1>
      <p>{SCENTMAP_MESSAGES.scentTypeNotFound[locale]}</p>
      <div className="notice__actions">
        <Link href="/map" className="button">
          {t.map.scentType.exploreMap}
        </Link>
      </div>
    </section>
  );
}
