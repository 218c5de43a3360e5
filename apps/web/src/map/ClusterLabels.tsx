'use client';

import type { MapClusters } from '@scentence/api/schemas';
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { type CameraStore, useCamera } from './cameraStore';
import { labelLevelAt, type MapLabel, placeLabels } from './labelPlacement';

/**
 * The names of the regions over the canvas, placed from the camera: the coarse regions when the
 * whole map is in view, the finer clusters closer in. Only a picture of the map: the cluster list
 * below says the same to a screen reader.
 */
export function ClusterLabels({ camera, clusters }: { camera: CameraStore; clusters: MapClusters | null }) {
  const { locale } = useI18n();
  const state = useCamera(camera);
  const levels = useMemo(() => {
    const toLabel = (key: string, region: MapClusters['groups'][number]): MapLabel => ({
      key,
      text: region.label[locale],
      x: region.x,
      y: region.y,
      size: region.size,
    });
    return {
      groups: (clusters?.groups ?? []).map((group, index) => toLabel(`group-${index}`, group)),
      // A wheel sector may hold no perfume: nothing there to name.
      clusters: (clusters?.clusters ?? [])
        .filter((cluster) => cluster.size > 0)
        .map((cluster) => toLabel(`cluster-${cluster.index}`, cluster)),
    };
  }, [clusters, locale]);
  if (!state || !clusters) return null;
  const level = labelLevelAt(state.view);
  const placed = placeLabels(levels[level], state.view, state.size);
  return (
    <div className="scent-map__labels" aria-hidden="true" data-testid="map-labels" data-level={level}>
      {placed.map((label) => (
        <span
          key={label.key}
          className={`scent-map__label scent-map__label--${level}`}
          style={{ transform: `translate(${label.left}px, ${label.top}px) translate(-50%, -50%)` }}
        >
          {label.text}
        </span>
      ))}
    </div>
  );
}
