'use client';

import type { MapFilter, MapLayoutKind } from '@scentence/api/schemas';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ClusterList } from './ClusterList';
import { createCameraStore } from './cameraStore';
import { readExplored, withExplored, writeExplored } from './exploredPerfumes';
import { MapFilters } from './MapFilters';
import { MapSearch, type MapSearchChoice } from './MapSearch';
import { MapStage, type MapStageHover } from './MapStage';
import { MapStatusNote } from './MapStatusNote';
import { MapViewSwitches } from './MapViewSwitches';
import { matchingPoints, NO_MAP_FILTER } from './mapFilter';
import { isMapNotReady } from './mapPointsRequest';
import { PerfumeDetails } from './PerfumeDetails';
import { type ColourMode, pointStyleOf } from './pointStyle';
import type { CameraCommand, CameraMove } from './ScatterCanvas';
import { ScentTypeMaker } from './ScentTypeMaker';
import { useMapClusters, useMapPoints, useMapStatus } from './useMapData';
import { useMapWardrobe } from './useMapWardrobe';
import { WardrobeOnMap } from './WardrobeOnMap';
import './map.css';

/** Hovering a point this long counts as exploring it (for the scent type card). */
const EXPLORE_HOVER_MS = 600;
/** How close a flight to one perfume comes. */
const PERFUME_ZOOM = 6;
const CLUSTER_ZOOM = 2.5;

export type FlyTo = (x: number, y: number, zoom: number) => void;

/** The value, or while it is not ready (null) the last one that was. */
function useLastReady<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}

/**
 * The scent map page's interactive part: the map, its search, filters, legend, the lists that
 * say what is on it, and the scent type card. Only the canvas is drawn client-side; the rest is
 * rendered on the server too, and works with a keyboard and a screen reader.
 */
export function MapExplorer() {
  const { t } = useI18n();
  const router = useRouter();
  const status = useMapStatus();
  const ready = status.data?.ready === true;
  const pointsQuery = useMapPoints(status.data);
  const points = pointsQuery.data ?? null;
  const [layout, setLayout] = useState<MapLayoutKind>('similarity');
  const [colourMode, setColourMode] = useState<ColourMode>('cluster');
  const clustersQuery = useMapClusters(layout, status.data);
  const clusters = clustersQuery.data?.layout === layout ? clustersQuery.data : null;
  const wardrobe = useMapWardrobe(layout, ready);
  const [filter, setFilter] = useState<MapFilter>(NO_MAP_FILTER);
  const [hover, setHover] = useState<MapStageHover | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [highlightedId, setHighlightedId] = useState<number | null>(null);
  const [command, setCommand] = useState<CameraCommand | null>(null);
  const [drawnCount, setDrawnCount] = useState<number | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const [explored, setExplored] = useState<number[]>([]);
  const [camera] = useState(createCameraStore);
  const commandToken = useRef(0);

  useEffect(() => setExplored(readExplored(window.sessionStorage)), []);

  const markExplored = useCallback((id: number) => {
    setExplored((previous) => {
      const next = withExplored(previous, id);
      writeExplored(window.sessionStorage, next);
      return next;
    });
  }, []);

  const indexOfId = useMemo(() => new Map((points?.ids ?? []).map((id, index) => [id, index])), [points]);
  const nextStyle = useMemo(() => {
    if (!points) return null;
    if (colourMode === 'cluster' && !clusters) return null;
    return pointStyleOf(points, layout, clusters?.clusters ?? [], colourMode);
  }, [points, layout, clusters, colourMode]);
  // While the other layout's clusters load, the map stays as it is, then moves to it in one transition.
  const style = useLastReady(nextStyle);
  const visible = useMemo(() => (points ? matchingPoints(points, filter) : null), [points, filter]);

  const send = useCallback((move: CameraMove) => {
    commandToken.current += 1;
    setCommand({ ...move, token: commandToken.current });
  }, []);
  const flyTo = useCallback<FlyTo>((x, y, zoom) => send({ kind: 'fly', x, y, zoom }), [send]);

  // A point hovered long enough is one the visitor looked at.
  useEffect(() => {
    if (!hover) return;
    const timer = setTimeout(() => {
      markExplored(hover.id);
      setFocusId(hover.id);
    }, EXPLORE_HOVER_MS);
    return () => clearTimeout(timer);
  }, [hover, markExplored]);

  const idAt = useCallback((index: number) => points?.ids[index] ?? null, [points]);

  function choosePerfume(choice: MapSearchChoice) {
    const index = indexOfId.get(choice.id);
    const columns = points?.layouts[layout];
    markExplored(choice.id);
    // The found perfume is the one in view, whatever the pointer last rested on.
    setHover(null);
    setFocusId(choice.id);
    setHighlightedId(choice.id);
    if (index !== undefined && columns) flyTo(columns.x[index] ?? 0, columns.y[index] ?? 0, PERFUME_ZOOM);
  }

  function showPerfume(id: number) {
    const index = indexOfId.get(id);
    const columns = points?.layouts[layout];
    setHighlightedId(id);
    if (index !== undefined && columns) flyTo(columns.x[index] ?? 0, columns.y[index] ?? 0, PERFUME_ZOOM);
  }

  const highlighted = highlightedId === null ? null : (indexOfId.get(highlightedId) ?? null);
  const total = points?.count ?? 0;

  return (
    <div className="scent-map" data-testid="scent-map">
      <div className="scent-map__toolbar">
        <MapSearch layout={layout} onChoose={choosePerfume} />
        <MapViewSwitches layout={layout} onLayout={setLayout} colourMode={colourMode} onColourMode={setColourMode} />
      </div>
      <p className="scent-map__hint">{t.map.layouts.hints[layout]}</p>
      <div className="scent-map__body">
        <MapFilters filter={filter} onChange={setFilter} ready={points !== null} />
        <div className="scent-map__main">
          <MapStage
            style={style}
            visible={visible}
            highlighted={highlighted}
            command={command}
            camera={camera}
            layout={layout}
            colourMode={colourMode}
            points={points}
            clusters={clusters}
            wardrobe={wardrobe.data ?? null}
            hover={hover}
            status={status.data}
            statusError={status.error ?? (isMapNotReady(pointsQuery.error) ? null : pointsQuery.error)}
            onRetry={() => {
              void status.refetch();
              void pointsQuery.refetch();
            }}
            onHover={(index, at) => {
              const id = index === null ? null : idAt(index);
              setHover(id === null || index === null || !at ? null : { id, index, left: at[0], top: at[1] });
            }}
            onActivate={(index, pointer) => {
              const id = idAt(index);
              if (id === null) return;
              markExplored(id);
              setFocusId(id);
              // A tap shows the perfume's card first (there is no hover on a touch screen); a click opens it.
              if (pointer === 'mouse') router.push(`/perfumes/${id}`);
              else setHighlightedId(id);
            }}
            onDrawn={setDrawnCount}
            unsupported={unsupported}
            onUnsupported={() => setUnsupported(true)}
            onZoom={(factor) => send({ kind: 'zoom', factor })}
            onReset={() => send({ kind: 'reset' })}
          />
          <MapStatusNote status={status.data} drawnCount={drawnCount} total={total} />
        </div>
      </div>
      <div className="scent-map__lists">
        <PerfumeDetails
          id={hover?.id ?? focusId}
          points={points}
          layout={layout}
          clusters={clusters}
          onShow={showPerfume}
        />
        <WardrobeOnMap wardrobe={wardrobe} onFly={flyTo} />
        <ClusterList clusters={clusters} points={points} visible={visible} onFly={flyTo} zoom={CLUSTER_ZOOM} />
      </div>
      <ScentTypeMaker explored={explored} />
    </div>
  );
}
