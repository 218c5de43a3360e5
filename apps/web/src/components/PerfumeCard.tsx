import type { PerfumeSummary } from '@scentence/api/schemas';
import { CONCENTRATIONS, GENDERS } from '@scentence/api/vocabulary';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { brandIn } from '../catalog/names';
import { type Locale, labelIn } from '../i18n/locale';
import { AccordBars, accordOf } from './AccordBars';
import './perfumeCard.css';

interface PerfumeCardProps {
  perfume: PerfumeSummary;
  locale: Locale;
  testId?: string;
  /** Extra lines under the accord bars, e.g. why a similar perfume is similar. */
  footer?: ReactNode;
}

/** A soft band of the perfume's strongest accord colours, standing in for a bottle photo. */
export function swatchOf(perfume: Pick<PerfumeSummary, 'accords'>): string {
  const colours = perfume.accords.slice(0, 3).map(({ key }) => accordOf(key)?.color ?? '#ddd');
  if (colours.length === 0) return '#e9e2d8';
  if (colours.length === 1) return colours[0] ?? '#e9e2d8';
  return `linear-gradient(135deg, ${colours.join(', ')})`;
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
      <div className="perfume-card__swatch" style={{ background: swatchOf(perfume) }} aria-hidden="true" />
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
