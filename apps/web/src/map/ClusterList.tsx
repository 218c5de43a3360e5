'use client';

import type { MapCluster, MapClusters, MapPoints } from '@scentence/api/schemas';
import Link from 'next/link';
import { useId, useMemo, useState } from 'react';
import { brandIn, noteNameIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { perfumeNamesIn } from './perfumeNames';
import type { FlyTo } from './useCameraCommands';
import { usePerfumeSummaries } from './useMapData';

const POPULAR_IN_CLUSTER = 10;

/** The most popular perfumes of a cluster among the points drawn, most popular first. */
export function popularInCluster(
  points: MapPoints,
  layoutCluster: readonly number[],
  cluster: number,
  visible: readonly number[] | null,
  limit: number,
): number[] {
  const candidates = visible ?? points.ids.map((_, index) => index);
  return candidates
    .filter((index) => layoutCluster[index] === cluster)
    .sort((a, b) => (points.popularity[b] ?? 0) - (points.popularity[a] ?? 0) || a - b)
    .slice(0, limit)
    .flatMap((index) => {
      const id = points.ids[index];
      return id === undefined ? [] : [id];
    });
}

interface ClusterListProps {
  clusters: MapClusters | null;
  points: MapPoints | null;
  visible: readonly number[] | null;
  onFly: FlyTo;
  zoom: number;
}

/** The map's clusters as a list, by region: the way through the map with a keyboard or a screen reader. */
export function ClusterList({ clusters, points, visible, onFly, zoom }: ClusterListProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const byGroup = useMemo(() => {
    if (!clusters) return [];
    return clusters.groups.map((group, index) => ({
      key: index,
      label: group.label[locale],
      clusters: clusters.clusters
        .filter((cluster) => cluster.group === index && cluster.size > 0)
        .sort((a, b) => b.size - a.size),
    }));
  }, [clusters, locale]);

  return (
    <section className="scent-map__panel scent-map__clusters" aria-labelledby={titleId} data-testid="map-clusters">
      <h2 id={titleId} className="scent-map__panel-title">
        {t.map.clusters.title}
      </h2>
      <p className="scent-map__muted">{t.map.clusters.intro}</p>
      {byGroup.map((group) => (
        <div key={group.key} className="scent-map__cluster-group">
          <h3 className="scent-map__cluster-group-title">{group.label}</h3>
          <ul>
            {group.clusters.map((cluster) => (
              <ClusterEntry
                key={cluster.index}
                cluster={cluster}
                points={points}
                layoutCluster={points && clusters ? points.layouts[clusters.layout].cluster : null}
                visible={visible}
                onFly={() => onFly(cluster.x, cluster.y, zoom)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

interface ClusterEntryProps {
  cluster: MapCluster;
  points: MapPoints | null;
  layoutCluster: readonly number[] | null;
  visible: readonly number[] | null;
  onFly: () => void;
}

function ClusterEntry({ cluster, points, layoutCluster, visible, onFly }: ClusterEntryProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const label = cluster.label[locale];
  const ids = useMemo(
    () =>
      open && points && layoutCluster
        ? popularInCluster(points, layoutCluster, cluster.index, visible, POPULAR_IN_CLUSTER)
        : null,
    [open, points, layoutCluster, cluster.index, visible],
  );
  const { perfumes } = usePerfumeSummaries(ids);
  const notes = cluster.notes.map((note) => noteNameIn(locale, note)).join(t.catalog.listSeparator);
  return (
    <li className="scent-map__cluster" data-testid="map-cluster">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="scent-map__swatch" style={{ backgroundColor: cluster.color }} aria-hidden="true" />
          <span className="scent-map__cluster-label">{label}</span>
          <span className="scent-map__count">{t.map.clusters.size(cluster.size)}</span>
        </summary>
        <div className="scent-map__cluster-body">
          {notes ? <p className="scent-map__muted">{t.map.clusters.notes(notes)}</p> : null}
          <button type="button" className="link-button" onClick={onFly}>
            {t.map.clusters.showOnMap(label)}
          </button>
          {perfumes.length > 0 ? (
            <>
              <p className="scent-map__cluster-popular">{t.map.clusters.popular}</p>
              <ol className="scent-map__cluster-perfumes">
                {perfumes.map((perfume) => (
                  <li key={perfume.id}>
                    <Link href={`/perfumes/${perfume.id}`} data-testid="map-cluster-perfume">
                      {perfumeNamesIn(locale, perfume).main}
                    </Link>
                    <span className="scent-map__muted"> · {brandIn(locale, perfume)}</span>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      </details>
    </li>
  );
}
