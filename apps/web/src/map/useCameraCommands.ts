import { useCallback, useRef, useState } from 'react';
import type { CameraCommand, CameraMove } from './scatterPlot';

export type FlyTo = (x: number, y: number, zoom: number) => void;

/** The page's last camera command; each `send` gets a new token, so the same move can be asked again. */
export function useCameraCommands() {
  const [command, setCommand] = useState<CameraCommand | null>(null);
  const token = useRef(0);
  const send = useCallback((move: CameraMove) => {
    token.current += 1;
    setCommand({ ...move, token: token.current });
  }, []);
  const flyTo = useCallback<FlyTo>((x, y, zoom) => send({ kind: 'fly', x, y, zoom }), [send]);
  return { command, send, flyTo };
}
