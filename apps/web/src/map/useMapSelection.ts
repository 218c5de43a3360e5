import type { MapLayoutKind, MapPoints } from '@scentence/api/schemas';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import type { MapStageHover } from './MapStage';
import type { ScatterCanvasProps } from './ScatterCanvas';
import type { FlyTo } from './useCameraCommands';
import { useExploredPerfumes, useHoverDwell } from './useExploredPerfumes';
import type { MapSearchChoice } from './useMapSearchResults';

/** Hovering a point this long counts as exploring it (for the scent type card). */
const EXPLORE_HOVER_MS = 600;
/** How close a flight to one perfume comes. */
const PERFUME_ZOOM = 6;

/**
 * Which perfume the visitor is on: the point hovered, the one whose details show, the one ringed
 * (found by search, tapped or shown from the details), and those looked at on this visit.
 */
export function useMapSelection(points: MapPoints | null, layout: MapLayoutKind, flyTo: FlyTo) {
  const router = useRouter();
  const [hover, setHover] = useState<MapStageHover | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [highlightedId, setHighlightedId] = useState<number | null>(null);
  const { explored, markExplored } = useExploredPerfumes();
  const indexOfId = useMemo(() => new Map((points?.ids ?? []).map((id, index) => [id, index])), [points]);
  const idAt = (index: number) => points?.ids[index] ?? null;

  const lookedAt = useCallback(
    (id: number) => {
      markExplored(id);
      setFocusId(id);
    },
    [markExplored],
  );
  // A point hovered long enough is one the visitor looked at.
  useHoverDwell(hover?.id ?? null, EXPLORE_HOVER_MS, lookedAt);

  /** Rings the perfume and flies to it. */
  function showPerfume(id: number) {
    const index = indexOfId.get(id);
    const columns = points?.layouts[layout];
    setHighlightedId(id);
    if (index !== undefined && columns) flyTo(columns.x[index] ?? 0, columns.y[index] ?? 0, PERFUME_ZOOM);
  }

  function choosePerfume(choice: MapSearchChoice) {
    lookedAt(choice.id);
    // The found perfume is the one in view, whatever the pointer last rested on.
    setHover(null);
    showPerfume(choice.id);
  }

  const onHover: ScatterCanvasProps['onHover'] = (index, at) => {
    const id = index === null ? null : idAt(index);
    setHover(id === null || index === null || !at ? null : { id, index, left: at[0], top: at[1] });
  };

  const onActivate: ScatterCanvasProps['onActivate'] = (index, pointer) => {
    const id = idAt(index);
    if (id === null) return;
    lookedAt(id);
    // A tap shows the perfume's card first (there is no hover on a touch screen); a click opens it.
    if (pointer === 'mouse') router.push(`/perfumes/${id}`);
    else setHighlightedId(id);
  };

  return {
    hover,
    /** The perfume whose details show: the one hovered, else the last one looked at. */
    detailsId: hover?.id ?? focusId,
    /** The ringed perfume's index in the columns, or null. */
    highlighted: highlightedId === null ? null : (indexOfId.get(highlightedId) ?? null),
    explored,
    showPerfume,
    choosePerfume,
    onHover,
    onActivate,
  };
}
