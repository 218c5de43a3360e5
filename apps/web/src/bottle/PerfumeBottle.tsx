import type { PerfumeSummary } from '@scentence/api/schemas';
import { brandIn } from '../catalog/names';
import { dictionaryOf, type Locale } from '../i18n/locale';
import { bottleSvgContent } from './bottleSvg';
import { type BottlePerfume, drawBottle, labelNameOf } from './drawBottle';

/** What the bottle and its spoken name need: any perfume summary has it. */
export type NamedBottlePerfume = BottlePerfume & Pick<PerfumeSummary, 'brandKo'>;

export function bottleLabelOf(perfume: NamedBottlePerfume, locale: Locale): string {
  return dictionaryOf(locale).perfume.illustration(brandIn(locale, perfume), labelNameOf(perfume, locale));
}

interface PerfumeBottleProps {
  perfume: NamedBottlePerfume;
  locale: Locale;
  /** Height in CSS pixels; the width follows the drawing's 3 : 4. */
  size?: number;
  className?: string;
}

/** The perfume's own bottle drawing, inline, so its label text is set in the page's font. */
export function PerfumeBottle({ perfume, locale, size = 160, className }: PerfumeBottleProps) {
  const drawing = drawBottle(perfume, locale);
  return (
    <svg
      role="img"
      aria-label={bottleLabelOf(perfume, locale)}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      width={Math.round((size * drawing.width) / drawing.height)}
      height={size}
      className={className ? `perfume-bottle ${className}` : 'perfume-bottle'}
      data-testid="perfume-bottle"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the markup is drawn by bottleSvg from our own shapes, with every text escaped there (tested)
      dangerouslySetInnerHTML={{ __html: bottleSvgContent(drawing) }}
    />
  );
}
