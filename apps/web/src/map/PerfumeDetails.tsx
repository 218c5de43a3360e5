'use client';

import type { MapClusters, MapLayoutKind, MapPoints } from '@scentence/api/schemas';
import Link from 'next/link';
import { useId } from 'react';
import { PerfumeBottle } from '../bottle/PerfumeBottle';
import { brandIn } from '../catalog/names';
import { AccordBars } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { perfumeNamesIn } from './perfumeNames';
import { usePerfumeSummary } from './useMapData';

const BOTTLE_SIZE = 120;
const DETAIL_ACCORDS = 5;

interface PerfumeDetailsProps {
  /** The perfume pointed at, tapped or found; null before any. */
  id: number | null;
  points: MapPoints | null;
  layout: MapLayoutKind;
  clusters: MapClusters | null;
  onShow: (id: number) => void;
}

/**
 * The perfume in view, in words: what the hover card shows, read out to a screen reader as it
 * changes, with a link to the perfume and a way back to it on the map.
 */
export function PerfumeDetails({ id, points, layout, clusters, onShow }: PerfumeDetailsProps) {
  const { t, locale } = useI18n();
  const text = t.map.perfume;
  const titleId = useId();
  const { perfume, isLoading } = usePerfumeSummary(id);
  const index = id === null || !points ? -1 : points.ids.indexOf(id);
  const clusterIndex = index >= 0 ? points?.layouts[layout].cluster[index] : undefined;
  const cluster = clusterIndex === undefined ? undefined : clusters?.clusters[clusterIndex];
  const names = perfume ? perfumeNamesIn(locale, perfume) : null;

  return (
    <section className="scent-map__panel scent-map__details" aria-labelledby={titleId} data-testid="map-details">
      <h2 id={titleId} className="scent-map__panel-title">
        {text.selectedTitle}
      </h2>
      <div aria-live="polite">
        {id === null ? <p className="scent-map__muted">{text.selectedEmpty}</p> : null}
        {id !== null && isLoading ? <p className="scent-map__muted">{text.loading}</p> : null}
        {perfume && names ? (
          <div className="scent-map__details-body" data-testid="map-details-perfume" data-perfume-id={perfume.id}>
            <PerfumeBottle perfume={perfume} locale={locale} size={BOTTLE_SIZE} />
            <div className="scent-map__details-text">
              <p className="scent-map__details-brand">{brandIn(locale, perfume)}</p>
              <p className="scent-map__details-name">{names.main}</p>
              {names.other ? <p className="scent-map__muted">{names.other}</p> : null}
              {cluster ? <p className="scent-map__muted">{text.cluster(cluster.label[locale])}</p> : null}
              <AccordBars accords={perfume.accords} locale={locale} limit={DETAIL_ACCORDS} />
              <div className="scent-map__details-actions">
                <Link href={`/perfumes/${perfume.id}`} className="button" data-testid="map-details-link">
                  {text.open}
                </Link>
                <button type="button" className="button button--quiet" onClick={() => onShow(perfume.id)}>
                  {text.showOnMap}
                </button>
              </div>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
