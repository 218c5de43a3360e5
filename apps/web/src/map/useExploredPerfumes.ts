import { useCallback, useEffect, useState } from 'react';
import { readExplored, withExplored, writeExplored } from './exploredPerfumes';

/** The perfumes looked at on this visit (for the scent type card), kept in the session. */
export function useExploredPerfumes() {
  const [explored, setExplored] = useState<number[]>([]);
  useEffect(() => setExplored(readExplored(window.sessionStorage)), []);
  const markExplored = useCallback((id: number) => {
    setExplored((previous) => {
      const next = withExplored(previous, id);
      writeExplored(window.sessionStorage, next);
      return next;
    });
  }, []);
  return { explored, markExplored };
}

/** Calls `onDwell` once a point has stayed hovered `delayMs`: then it counts as looked at. */
export function useHoverDwell(hoveredId: number | null, delayMs: number, onDwell: (id: number) => void): void {
  useEffect(() => {
    if (hoveredId === null) return;
    const timer = setTimeout(() => onDwell(hoveredId), delayMs);
    return () => clearTimeout(timer);
  }, [hoveredId, delayMs, onDwell]);
}
