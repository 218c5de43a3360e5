'use client';

import type { MapClusters, MapLayoutKind, MapPoints, MapStatus, MapWardrobe } from '@scentence/api/schemas';
import dynamic from 'next/dynamic';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ClusterLabels } from './ClusterLabels';
import type { CameraStore } from './cameraStore';
import { HoverCard } from './HoverCard';
import { MapLegend } from './MapLegend';
import type { ColourMode, PointStyle } from './pointStyle';
import type { CameraCommand, ScatterCanvasProps } from './ScatterCanvas';
import { WardrobeMarks } from './WardrobeMarks';

// WebGL exists only in the browser: the canvas is never rendered on the server.
const ScatterCanvas = dynamic(() => import('./ScatterCanvas').then((module) => module.ScatterCanvas), {
  ssr: false,
});
// Its script is fetched as soon as this module runs in the browser, beside the points, rather
// than once the page has hydrated.
if (typeof window !== 'undefined') void import('./ScatterCanvas');

export interface MapStageHover {
  id: number;
  index: number;
  /** Where the point is, in CSS pixels from the canvas's top left corner. */
  left: number;
  top: number;
}

const ZOOM_STEP = 1.6;

interface MapStageProps
  extends Pick<ScatterCanvasProps, 'visible' | 'highlighted' | 'onActivate' | 'onDrawn' | 'onUnsupported'> {
  style: PointStyle | null;
  command: CameraCommand | null;
  camera: CameraStore;
  layout: MapLayoutKind;
  colourMode: ColourMode;
  points: MapPoints | null;
  clusters: MapClusters | null;
  wardrobe: MapWardrobe | null;
  hover: MapStageHover | null;
  /** The canvas found no WebGL to draw with. */
  unsupported: boolean;
  status: MapStatus | undefined;
  statusError: unknown;
  onRetry: () => void;
  onHover: ScatterCanvasProps['onHover'];
  onZoom: (factor: number) => void;
  onReset: () => void;
}

/** The canvas and what is drawn over it: cluster labels, the wardrobe, the hover card, the legend and zoom buttons. */
export function MapStage(props: MapStageProps) {
  const { t } = useI18n();
  const text = t.map;
  const descriptionId = useId();

  let notice: string | null = null;
  if (props.unsupported) notice = text.status.noWebgl;
  else if (props.statusError && !props.points) notice = t.errors.unavailable;
  else if (props.status && !props.status.ready) notice = text.status.preparing;
  else if (!props.style) notice = text.status.loading;

  return (
    <section className="scent-map__stage" aria-label={text.title} aria-describedby={descriptionId}>
      <p id={descriptionId} className="visually-hidden">
        {text.canvas.label}
      </p>
      {/* Mounted at once: its script and WebGL get ready while the points load. */}
      <ScatterCanvas
        style={props.style}
        visible={props.visible}
        highlighted={props.highlighted}
        command={props.command}
        onHover={props.onHover}
        onActivate={props.onActivate}
        onView={(view, size) => props.camera.set({ view, size })}
        onDrawn={props.onDrawn}
        label={text.title}
        onUnsupported={props.onUnsupported}
      />
      {notice ? (
        <div className="scent-map__notice" data-testid="map-notice">
          <p role="status">{notice}</p>
          {props.statusError && !props.points ? (
            <button type="button" className="button button--quiet" onClick={props.onRetry}>
              {t.errors.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      <ClusterLabels camera={props.camera} clusters={props.clusters} />
      <WardrobeMarks camera={props.camera} wardrobe={props.wardrobe} />
      {props.hover && props.points ? (
        <HoverCard hover={props.hover} points={props.points} width={props.camera.get()?.size.width ?? 0} />
      ) : null}
      <fieldset className="scent-map__zoom">
        <legend className="visually-hidden">{text.canvas.controls}</legend>
        <button
          type="button"
          onClick={() => props.onZoom(ZOOM_STEP)}
          aria-label={text.canvas.zoomIn}
          data-testid="map-zoom-in"
        >
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" onClick={() => props.onZoom(1 / ZOOM_STEP)} aria-label={text.canvas.zoomOut}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" onClick={props.onReset} aria-label={text.canvas.reset}>
          <span aria-hidden="true">⤢</span>
        </button>
      </fieldset>
      <MapLegend
        colourMode={props.colourMode}
        points={props.points}
        clusters={props.clusters}
        wardrobe={props.wardrobe}
      />
    </section>
  );
}
