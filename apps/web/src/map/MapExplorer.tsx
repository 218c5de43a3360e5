'use client';

import type { MapFilter, MapLayoutKind } from '@scentence/api/schemas';
import { matchingPoints } from '@scentence/domain/map';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ClusterList } from './ClusterList';
import { createCameraStore } from './cameraStore';
import { MapFilters } from './MapFilters';
import { MapSearch } from './MapSearch';
import { MapStage } from './MapStage';
import { MapStatusNote } from './MapStatusNote';
import { MapViewSwitches } from './MapViewSwitches';
import { NO_MAP_FILTER } from './mapFilter';
import { isMapNotReady } from './mapPointsRequest';
import { PerfumeDetails } from './PerfumeDetails';
import type { ColourMode } from './pointStyle';
import { ScentTypeMaker } from './ScentTypeMaker';
import { useCameraCommands } from './useCameraCommands';
import { useMapClusters, useMapPoints, useMapStatus } from './useMapData';
import { useMapSelection } from './useMapSelection';
import { useMapStyle } from './useMapStyle';
import { useMapWardrobe } from './useMapWardrobe';
import { WardrobeOnMap } from './WardrobeOnMap';
import './map.css';

const CLUSTER_ZOOM = 2.5;

/**
 * The scent map page's interactive part: the map, its search, filters, legend, the lists that
 * say what is on it, and the scent type card. Only the canvas is drawn client-side; the rest is
 * rendered on the server too, and works with a keyboard and a screen reader.
 */
export function MapExplorer() {
  const { t } = useI18n();
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
  const [drawnCount, setDrawnCount] = useState<number | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const [camera] = useState(createCameraStore);
  const { command, send, flyTo } = useCameraCommands();
  const selection = useMapSelection(points, layout, flyTo);
  const style = useMapStyle(points, layout, clusters, colourMode);
  const visible = useMemo(() => (points ? matchingPoints(points, filter) : null), [points, filter]);
  const total = points?.count ?? 0;

  return (
    <div className="scent-map" data-testid="scent-map">
      <div className="scent-map__toolbar">
        <MapSearch layout={layout} onChoose={selection.choosePerfume} />
        <MapViewSwitches layout={layout} onLayout={setLayout} colourMode={colourMode} onColourMode={setColourMode} />
      </div>
      <p className="scent-map__hint">{t.map.layouts.hints[layout]}</p>
      <div className="scent-map__body">
        <MapFilters filter={filter} onChange={setFilter} ready={points !== null} />
        <div className="scent-map__main">
          <MapStage
            style={style}
            visible={visible}
            highlighted={selection.highlighted}
            command={command}
            camera={camera}
            layout={layout}
            colourMode={colourMode}
            points={points}
            clusters={clusters}
            wardrobe={wardrobe.data ?? null}
            hover={selection.hover}
            status={status.data}
            statusError={status.error ?? (isMapNotReady(pointsQuery.error) ? null : pointsQuery.error)}
            onRetry={() => {
              void status.refetch();
              void pointsQuery.refetch();
            }}
            onHover={selection.onHover}
            onActivate={selection.onActivate}
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
          id={selection.detailsId}
          points={points}
          layout={layout}
          clusters={clusters}
          onShow={selection.showPerfume}
        />
        <WardrobeOnMap wardrobe={wardrobe} onFly={flyTo} />
        <ClusterList clusters={clusters} points={points} visible={visible} onFly={flyTo} zoom={CLUSTER_ZOOM} />
      </div>
      <ScentTypeMaker explored={selection.explored} />
    </div>
  );
}
