import type { Locale, PerfumeDetail } from '@scentence/api/schemas';
import { describePerfume } from '@scentence/domain/describe';
import Link from 'next/link';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { perfumeDetailsOf } from '../components/PerfumeCard';
import { dictionaryOf } from '../i18n/locale';
import { WardrobeButton } from '../wardrobe/WardrobeButton';
import { brandHref } from './brandHref';
import { AccordChip } from './CatalogChips';
import { brandIn } from './names';

const HERO_ACCORDS = 3;
/** The bottle's height in the page header, in CSS pixels. */
const HERO_PICTURE_SIZE = 236;

/** The perfume page's header: the bottle, names, facts, top accords, description and actions. */
export function PerfumeHero({ perfume, locale }: { perfume: PerfumeDetail; locale: Locale }) {
  const t = dictionaryOf(locale);
  const brand = brandIn(locale, perfume);
  const details = perfumeDetailsOf(perfume, locale);
  const alternateName = locale === 'ko' ? perfume.nameKo : null;
  return (
    <header className="perfume-hero">
      <PerfumePicture
        perfume={perfume}
        locale={locale}
        size={HERO_PICTURE_SIZE}
        eager
        className="perfume-hero__picture"
      />
      <div className="perfume-hero__text">
        <Link
          href={brandHref(perfume.brand)}
          className="perfume-hero__brand"
          data-testid="perfume-page-brand"
          title={t.perfumePage.brandLink(brand)}
        >
          {brand}
        </Link>
        <h1 className="perfume-hero__name" data-testid="perfume-page-name">
          {perfume.name}
        </h1>
        {alternateName && alternateName !== perfume.name ? (
          <p className="perfume-hero__alt" lang="ko">
            {alternateName}
          </p>
        ) : null}
        {details.length > 0 ? (
          <ul className="perfume-facts" data-testid="perfume-facts">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
        {perfume.perfumers.length > 0 ? (
          <p className="perfume-hero__perfumers" data-testid="perfume-perfumers">
            <span className="perfume-hero__label">{t.perfumePage.perfumers}</span>
            {perfume.perfumers.join(', ')}
          </p>
        ) : null}
        {perfume.accords.length > 0 ? (
          <ul className="chips perfume-hero__accords">
            {perfume.accords.slice(0, HERO_ACCORDS).map(({ key }) => (
              <li key={key}>
                <AccordChip accord={key} locale={locale} />
              </li>
            ))}
          </ul>
        ) : null}
        <p className="perfume-hero__description" data-testid="perfume-description">
          {describePerfume(perfume, locale)}
        </p>
        <div className="perfume-hero__actions">
          <WardrobeButton perfume={perfume} variant="page" />
          <Link
            href={`/layering?a=${perfume.id}`}
            className="button button--quiet perfume-hero__layer"
            data-testid="perfume-layer-link"
          >
            {t.perfumeActions.layerThis}
          </Link>
        </div>
      </div>
    </header>
  );
}
