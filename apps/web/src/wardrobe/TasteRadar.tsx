import type { TasteProfile } from '@scentence/api/schemas';
import { accordOf } from '../components/AccordBars';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';
import { RADAR_MIN_AXES, radarLabelAnchor, radarPoint, radarPolygon } from './radarGeometry';

/** The most accords the radar shows; the rest are in the bars beside it. */
export const RADAR_MAX_AXES = 8;
const SIZE = { width: 420, height: 290 };
const CENTRE = { x: SIZE.width / 2, y: SIZE.height / 2 };
const RADIUS = 100;
const LABEL_GAP = 16;
const RINGS = [0.25, 0.5, 0.75, 1];

interface TasteRadarProps {
  accords: TasteProfile['accords'];
  locale: Locale;
}

/**
 * The shape of the member's taste: one axis per favourite accord, reaching as far as its weight
 * (the strongest is 100), each marked in its accord colour. Three accords at least make a shape.
 */
export function TasteRadar({ accords, locale }: TasteRadarProps) {
  const axes = accords.slice(0, RADAR_MAX_AXES);
  if (axes.length < RADAR_MIN_AXES) return null;
  const labels = axes.map(({ key }) => {
    const accord = accordOf(key);
    return { key, label: accord ? labelIn(locale, accord) : key, colour: accord?.color ?? '#bbb' };
  });
  const values = axes.map(({ weight }) => weight / 100);
  const summary = dictionaryOf(locale).wardrobe.taste.chartSummary(
    labels
      .slice(0, 3)
      .map(({ label }) => label)
      .join(', '),
  );
  return (
    <svg
      className="taste-radar"
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-label={summary}
      data-testid="taste-radar"
    >
      {RINGS.map((ring) => (
        <polygon
          key={ring}
          className="taste-radar__ring"
          points={radarPolygon(
            axes.map(() => ring),
            RADIUS,
            CENTRE,
          )}
        />
      ))}
      {axes.map(({ key }, index) => {
        const end = radarPoint(index, axes.length, 1, RADIUS, CENTRE);
        return <line key={key} className="taste-radar__axis" x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />;
      })}
      <polygon className="taste-radar__shape" points={radarPolygon(values, RADIUS, CENTRE)} />
      {labels.map(({ key, label, colour }, index) => {
        const point = radarPoint(index, axes.length, values[index] ?? 0, RADIUS, CENTRE);
        const place = radarPoint(index, axes.length, 1, RADIUS + LABEL_GAP, CENTRE);
        return (
          <g key={key} data-accord={key}>
            <circle className="taste-radar__dot" cx={point.x} cy={point.y} r={6} fill={colour} />
            <text
              className="taste-radar__label"
              x={place.x}
              y={place.y}
              textAnchor={radarLabelAnchor(index, axes.length)}
              dominantBaseline="middle"
            >
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
