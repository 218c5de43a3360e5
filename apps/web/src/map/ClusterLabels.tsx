'use client';

import type { MapClusters } from '@scentence/api/schemas';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { CameraState, CameraStore } from './cameraStore';
import { toScreen, zoomOf } from './cameraView';
import { labelLevelAt, type MapLabel, type PlacedLabel, placeLabels } from './labelPlacement';

/** While the map only moves (same zoom), the placed labels slide with it; they are placed anew this often. */
const PLACE_EVERY_MS = 200;

interface Placement {
  state: CameraState;
  level: 'groups' | 'clusters';
  labels: PlacedLabel[];
  at: number;
}

/** The labels of each level: the coarse groups, and the clusters that hold a perfume. */
function labelLevelsOf(clusters: MapClusters | null, locale: Locale): Record<Placement['level'], MapLabel[]> {
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
}

/** The camera only moved (same zoom and size) since the labels were placed a moment ago. */
function onlySlid(last: Placement | null, state: CameraState): last is Placement {
  return (
    last !== null &&
    zoomOf(last.state.view) === zoomOf(state.view) &&
    last.state.size.width === state.size.width &&
    last.state.size.height === state.size.height &&
    performance.now() - last.at < PLACE_EVERY_MS
  );
}

/**
 * Places the labels of the camera's level as it changes; while it only pans, the layer slides
 * (straight on the element) and the labels are placed anew where the pan stops.
 */
function useLabelPlacement(
  camera: CameraStore,
  levels: Record<Placement['level'], MapLabel[]>,
  layer: RefObject<HTMLDivElement | null>,
): Placement | null {
  const [placement, setPlacement] = useState<Placement | null>(null);
  const placed = useRef<Placement | null>(null);
  useEffect(() => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const place = (state: CameraState) => {
      const level = labelLevelAt(state.view);
      const next = { state, level, labels: placeLabels(levels[level], state.view, state.size), at: performance.now() };
      placed.current = next;
      if (layer.current) layer.current.style.transform = '';
      setPlacement(next);
    };
    const follow = () => {
      const state = camera.get();
      if (!state) return;
      const last = placed.current;
      if (!onlySlid(last, state)) {
        place(state);
        return;
      }
      const [fromX, fromY] = toScreen(last.state.view, state.size, 0, 0);
      const [toX, toY] = toScreen(state.view, state.size, 0, 0);
      if (layer.current) layer.current.style.transform = `translate(${toX - fromX}px, ${toY - fromY}px)`;
      // Where the pan stops, the labels that came into view are placed too.
      clearTimeout(settle);
      settle = setTimeout(() => {
        const now = camera.get();
        if (now) place(now);
      }, PLACE_EVERY_MS);
    };
    const initial = camera.get();
    if (initial) place(initial);
    const unsubscribe = camera.subscribe(follow);
    return () => {
      clearTimeout(settle);
      unsubscribe();
    };
  }, [camera, levels, layer]);
  return placement;
}

/**
 * The names of the regions over the canvas, placed from the camera: the coarse regions when the
 * whole map is in view, the finer clusters closer in. Only a picture of the map: the cluster list
 * below says the same to a screen reader. During a pan the placed labels are moved as one layer,
 * with no re-rendering, so every frame goes to drawing the points.
 */
export function ClusterLabels({ camera, clusters }: { camera: CameraStore; clusters: MapClusters | null }) {
  const { locale } = useI18n();
  const layer = useRef<HTMLDivElement>(null);
  const levels = useMemo(() => labelLevelsOf(clusters, locale), [clusters, locale]);
  const placement = useLabelPlacement(camera, levels, layer);
  if (!clusters || !placement) return null;
  return (
    <div
      ref={layer}
      className="scent-map__labels"
      aria-hidden="true"
      data-testid="map-labels"
      data-level={placement.level}
    >
      {placement.labels.map((label) => (
        <span
          key={label.key}
          className={`scent-map__label scent-map__label--${placement.level}`}
          style={{ transform: `translate(${label.left}px, ${label.top}px) translate(-50%, -50%)` }}
        >
          {label.text}
        </span>
      ))}
    </div>
  );
}
