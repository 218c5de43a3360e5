import type { PerfumeSummary } from '@scentence/api/schemas';
import { CONCENTRATIONS, GENDERS } from '@scentence/api/vocabulary';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { brandIn } from '../catalog/names';
import { type Locale, labelIn } from '../i18n/locale';
import { WardrobeButton } from '../wardrobe/WardrobeButton';
import { AccordBars } from './AccordBars';
import './perfumeCard.css';

/** The bottle's height on a card, in CSS pixels (perfumeCard.css sizes the panel around it). */
const CARD_PICTURE_SIZE = 136;

interface PerfumeCardProps {
  perfume: PerfumeSummary;
  locale: Locale;
  testId?: string;
  /** Extra lines under the accord bars, e.g. why a similar perfume is similar. */
  footer?: ReactNode;
}

/** "2011 · 오 드 퍼퓸 · 유니섹스": the facts a card and the perfume page both show. */
export function perfumeDetailsOf(perfume: PerfumeSummary, locale: Locale): string[] {
  const concentration = CONCENTRATIONS.find((entry) => entry.key === perfume.concentration);
  const gender = GENDERS.find((entry) => entry.key === perfume.gender);
  return [
    perfume.year ? String(perfume.year) : null,
    concentration ? labelIn(locale, concentration) : null,
    gender ? labelIn(locale, gender) : null,
  ].filter((detail): detail is string => detail !== null);
}

export function PerfumeCard({ perfume, locale, testId, footer }: PerfumeCardProps) {
  const details = perfumeDetailsOf(perfume, locale);
  return (
    <article className="perfume-card" data-testid={testId} data-perfume-id={perfume.id}>
      <PerfumePicture perfume={perfume} locale={locale} size={CARD_PICTURE_SIZE} className="perfume-card__picture" />
      <WardrobeButton perfume={perfume} />
      <div className="perfume-card__body">
        <p className="perfume-card__brand" data-testid="perfume-brand" title={perfume.brand}>
          {brandIn(locale, perfume)}
        </p>
        <h3 className="perfume-card__name" data-testid="perfume-name">
          {/* The whole card is the link (see perfumeCard.css); the name is what a screen reader announces. */}
          <Link href={`/perfumes/${perfume.id}`} className="perfume-card__link" data-testid="perfume-link">
            {perfume.name}
          </Link>
        </h3>
        {locale === 'ko' && perfume.nameKo ? <p className="perfume-card__name-ko">{perfume.nameKo}</p> : null}
        {details.length > 0 ? <p className="perfume-card__details">{details.join(' · ')}</p> : null}
        <AccordBars accords={perfume.accords} locale={locale} />
        {footer}
      </div>
    </article>
  );
}
