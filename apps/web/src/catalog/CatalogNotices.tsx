import Link from 'next/link';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';

/** The backend did not answer: say so, and offer the same address again (works without scripts). */
export async function CatalogUnavailable({ retryHref }: { retryHref: string }) {
  const t = dictionaryOf(await requestLocale());
  return (
    <section className="notice notice--error notice--page" role="alert" data-testid="catalog-unavailable">
      <h1 className="notice__title">{t.catalog.unavailableTitle}</h1>
      <p>{t.errors.unavailable}</p>
      <Link href={retryHref} className="button button--quiet">
        {t.catalog.retry}
      </Link>
    </section>
  );
}

/** A 404 for a perfume, note, accord or brand, with ways back into the catalog. */
export async function CatalogNotFound({ page }: { page: 'perfumePage' | 'notePage' | 'accordPage' | 'brandPage' }) {
  const t = dictionaryOf(await requestLocale());
  const { notFoundTitle: title, notFoundBody: body } = t[page];
  return (
    <section className="notice notice--page" data-testid="not-found">
      <p className="notice__code" aria-hidden="true">
        404
      </p>
      <h1 className="notice__title">{title}</h1>
      <p>{body}</p>
      <div className="notice__actions">
        <Link href="/search" className="button">
          {t.catalog.searchLink}
        </Link>
        <Link href="/" className="button button--quiet">
          {t.notFound.home}
        </Link>
      </div>
    </section>
  );
}
