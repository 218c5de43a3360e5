import type { LayeringVerdict } from '@scentence/api/schemas';

const RADIUS = 44;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The score as a ring filled to its share of 100, coloured by its verdict (layering.css); the number is beside it in text. */
export function ScoreDial({ score, verdict }: { score: number; verdict: LayeringVerdict }) {
  const filled = (Math.max(0, Math.min(100, score)) / 100) * CIRCUMFERENCE;
  return (
    <svg
      className={`score-dial score-dial--${verdict}`}
      viewBox="0 0 100 100"
      width="112"
      height="112"
      aria-hidden="true"
    >
      <circle className="score-dial__track" cx="50" cy="50" r={RADIUS} />
      <circle
        className="score-dial__fill"
        cx="50"
        cy="50"
        r={RADIUS}
        strokeDasharray={`${filled} ${CIRCUMFERENCE}`}
        transform="rotate(-90 50 50)"
      />
    </svg>
  );
}
