import { darken, lighten, mix } from './bottleColours';
import type { GradientStop, LinearGradient } from './bottleDrawingTypes';
import { CAP_FINISHES, type CapFinish } from './bottleFamily';
import type { LiquidDirection } from './bottleLayout';

const DIRECTIONS: Record<LiquidDirection, Pick<LinearGradient, 'from' | 'to'>> = {
  down: { from: [0, 0], to: [0, 1] },
  diagonal: { from: [0, 0], to: [1, 1] },
  up: { from: [0, 1], to: [0, 0] },
};

interface GradientsInput {
  /** The accords' colours; `mainLiquid` is the first of them. */
  stops: GradientStop[];
  mainLiquid: string;
  liquidDirection: LiquidDirection;
  finish: CapFinish;
  id: (part: string) => string;
}

/** The liquid's colours, the tint of the glass and the cap's material. */
export function bottleGradientsOf({
  stops,
  mainLiquid,
  liquidDirection,
  finish,
  id,
}: GradientsInput): LinearGradient[] {
  const [capLight, capDark] = CAP_FINISHES[finish];
  return [
    {
      id: id('liquid'),
      ...DIRECTIONS[liquidDirection],
      stops:
        stops.length === 1
          ? [
              { offset: 0, colour: lighten(mainLiquid, 0.15) },
              { offset: 1, colour: mainLiquid },
            ]
          : stops,
    },
    {
      id: id('glass'),
      from: [0, 0],
      to: [1, 0],
      stops: [
        { offset: 0, colour: '#ffffff', opacity: 0.7 },
        { offset: 0.5, colour: lighten(mainLiquid, 0.85), opacity: 0.35 },
        { offset: 1, colour: darken(lighten(mainLiquid, 0.6), 0.2), opacity: 0.45 },
      ],
    },
    {
      id: id('cap'),
      from: [0, 0],
      to: [1, 0.3],
      stops: [
        { offset: 0, colour: capLight },
        { offset: 0.45, colour: mix(capLight, capDark, 0.35) },
        { offset: 1, colour: capDark },
      ],
    },
  ];
}
