'use client';

import type { MapPoints } from '@scentence/api/schemas';
import { PerfumeBottle } from '../bottle/PerfumeBottle';
import { brandIn } from '../catalog/names';
import { AccordBars } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import type { MapStageHover } from './MapStage';
import { brandOfPoint, perfumeNamesIn } from './perfumeNames';
import { usePerfumeSummary } from './useMapData';

const BOTTLE_SIZE = 88;
const HOVER_ACCORDS = 3;
/** Past this share of the canvas's width the card opens to the left of the point. */
const FLIP_AT = 0.55;

/**
 * The card beside a hovered point: the bottle, the names in both languages, the brand and the
 * main accords. A picture for the pointer's reader; the details panel below the map carries the
 * same for a screen reader, so this one stays silent.
 */
export function HoverCard({ hover, points, width }: { hover: MapStageHover; points: MapPoints; width: number }) {
  const { t, locale } = useI18n();
  const { perfume } = usePerfumeSummary(hover.id);
  const names = perfume ? perfumeNamesIn(locale, perfume) : null;
  const brand = perfume ? brandIn(locale, perfume) : brandOfPoint(points, hover.index, locale);
  const flipped = hover.left > width * FLIP_AT;
  return (
    <div
      className={`scent-map__hover${flipped ? ' scent-map__hover--left' : ''}`}
      style={{ left: hover.left, top: hover.top }}
      aria-hidden="true"
      data-testid="map-hover-card"
      data-perfume-id={hover.id}
    >
      {perfume ? (
        <PerfumeBottle perfume={perfume} locale={locale} size={BOTTLE_SIZE} className="scent-map__hover-bottle" />
      ) : null}
      <div className="scent-map__hover-text">
        {brand ? <p className="scent-map__hover-brand">{brand}</p> : null}
        {names ? (
          <>
            <p className="scent-map__hover-name" data-testid="map-hover-name">
              {names.main}
            </p>
            {names.other ? <p className="scent-map__hover-other">{names.other}</p> : null}
          </>
        ) : (
          <p className="scent-map__hover-loading">{t.map.perfume.loading}</p>
        )}
        {perfume ? <AccordBars accords={perfume.accords} locale={locale} limit={HOVER_ACCORDS} /> : null}
      </div>
    </div>
  );
}
