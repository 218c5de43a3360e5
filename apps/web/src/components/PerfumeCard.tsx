import type { PerfumeSummary } from '@scentence/api/schemas';
import { CONCENTRATIONS, GENDERS } from '@scentence/api/vocabulary';
import { type Locale, labelIn } from '../i18n/locale';
import { AccordBars, accordOf } from './AccordBars';

interface PerfumeCardProps {
  perfume: PerfumeSummary;
  locale: Locale;
  testId?: string;
}

/** A soft band of the perfume's strongest accord colours, standing in for a bottle photo. */
function swatchOf(perfume: PerfumeSummary): string {
  const colours = perfume.accords.slice(0, 3).map(({ key }) => accordOf(key)?.color ?? '#ddd');
  if (colours.length === 0) return '#e9e2d8';
  if (colours.length === 1) return colours[0] ?? '#e9e2d8';
  return `linear-gradient(135deg, ${colours.join(', ')})`;
}

export function PerfumeCard({ perfume, locale, testId }: PerfumeCardProps) {
  const brand = locale === 'ko' && perfume.brandKo ? perfume.brandKo : perfume.brand;
  const concentration = CONCENTRATIONS.find((entry) => entry.key === perfume.concentration);
  const gender = GENDERS.find((entry) => entry.key === perfume.gender);
  const details = [
    perfume.year ? String(perfume.year) : null,
    concentration ? labelIn(locale, concentration) : null,
    gender ? labelIn(locale, gender) : null,
  ].filter((detail): detail is string => detail !== null);

  return (
    <article className="perfume-card" data-testid={testId} data-perfume-id={perfume.id}>
      <div className="perfume-card__swatch" style={{ background: swatchOf(perfume) }} aria-hidden="true" />
      <div className="perfume-card__body">
        <p className="perfume-card__brand" data-testid="perfume-brand" title={perfume.brand}>
          {brand}
        </p>
        <h3 className="perfume-card__name" data-testid="perfume-name">
          {perfume.name}
        </h3>
        {locale === 'ko' && perfume.nameKo ? <p className="perfume-card__name-ko">{perfume.nameKo}</p> : null}
        {details.length > 0 ? <p className="perfume-card__details">{details.join(' · ')}</p> : null}
        <AccordBars accords={perfume.accords} locale={locale} />
      </div>
    </article>
  );
}
