'use client';

import type { MapWardrobe } from '@scentence/api/schemas';
import { type CameraStore, useCamera } from './cameraStore';
import { toScreen } from './cameraView';
import { WARDROBE_STATE_COLOURS } from './wardrobeColours';

const MARK_RADIUS = 7;
const CENTRE_SIZE = 13;

/** The member's perfumes ringed in their state's colour, and a star at the centre of their taste. */
export function WardrobeMarks({ camera, wardrobe }: { camera: CameraStore; wardrobe: MapWardrobe | null }) {
  const state = useCamera(camera);
  if (!state || !wardrobe?.enabled) return null;
  const { view, size } = state;
  const centre = wardrobe.centre ? toScreen(view, size, wardrobe.centre.x, wardrobe.centre.y) : null;
  return (
    <svg
      className="scent-map__wardrobe"
      width={size.width}
      height={size.height}
      aria-hidden="true"
      data-testid="map-wardrobe-marks"
    >
      {wardrobe.items.map((item) => {
        const [x, y] = toScreen(view, size, item.position.x, item.position.y);
        return (
          <circle
            key={item.perfumeId}
            cx={x}
            cy={y}
            r={MARK_RADIUS}
            fill="none"
            stroke={WARDROBE_STATE_COLOURS[item.state]}
            strokeWidth={2.5}
            data-state={item.state}
          />
        );
      })}
      {centre ? (
        <path
          d={starPath(centre[0], centre[1], CENTRE_SIZE)}
          className="scent-map__taste-centre"
          data-testid="map-taste-centre"
        />
      ) : null}
    </svg>
  );
}

/** A five-pointed star around (x, y). */
export function starPath(x: number, y: number, radius: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(x + r * Math.cos(angle)).toFixed(1)},${(y + r * Math.sin(angle)).toFixed(1)}`);
  }
  return `M${points.join('L')}Z`;
}
