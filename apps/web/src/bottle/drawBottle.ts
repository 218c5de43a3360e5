import { seededRandom } from '@scentence/domain/random';
import type { Locale } from '../i18n/locale';
import { BOTTLE_INK, backdropOf, liquidStops } from './bottleColours';
import type { BottleDrawing, BottlePerfume } from './bottleDrawingTypes';
import { brandFamilyOf, CAP_FINISHES, concentrationShapeOf, perfumeSeedOf } from './bottleFamily';
import { bodyPath, flatFaceOf } from './bottleGeometry';
import { bottleGradientsOf } from './bottleGradients';
import { labelOf, labelText } from './bottleLabel';
import { BOTTLE_HEIGHT, BOTTLE_WIDTH, layoutBottle } from './bottleLayout';
import { capShapesOf, glassShapesOf } from './bottleShapes';
import { hashOf } from './randomPicks';

export type {
  BottleDrawing,
  BottlePerfume,
  GradientStop,
  LinearGradient,
  Shape,
  TextLine,
} from './bottleDrawingTypes';
export { labelNameOf } from './bottleLabel';
export { BOTTLE_HEIGHT, BOTTLE_WIDTH } from './bottleLayout';

/**
 * A perfume's bottle, the same every time for the same perfume: the house decides the family of
 * shapes (body, cap, its material, the label), the concentration its build (colognes tall and
 * pale, extraits squat, deep and crowned), the perfume its own proportions and fill level, the
 * accords the colour of the liquid.
 */
export function drawBottle(perfume: BottlePerfume, locale: Locale): BottleDrawing {
  const family = brandFamilyOf(perfume.brand);
  const build = concentrationShapeOf(perfume.concentration);
  const layout = layoutBottle(
    family,
    build,
    seededRandom(perfumeSeedOf(perfume.brand, perfume.name, perfume.concentration)),
  );

  const stops = liquidStops(perfume.accords, build.depth);
  const mainLiquid = stops[0]?.colour ?? BOTTLE_INK;
  const idPrefix = `bottle-${hashOf(JSON.stringify([perfume.brand, perfume.name, perfume.concentration, stops])).toString(36)}`;
  const id = (part: string) => `${idPrefix}-${part}`;

  const { label, labelShapes, textArea } = labelOf(
    family.label,
    flatFaceOf(family.body, layout.inner),
    layout.labelShift,
  );
  const [, capDark] = CAP_FINISHES[family.finish];
  return {
    width: BOTTLE_WIDTH,
    height: BOTTLE_HEIGHT,
    family: { body: family.body, cap: family.cap, finish: family.finish, label: family.label },
    body: layout.body,
    cap: layout.cap,
    idPrefix,
    backdrop: backdropOf(perfume.accords),
    gradients: bottleGradientsOf({
      stops,
      mainLiquid,
      liquidDirection: layout.liquidDirection,
      finish: family.finish,
      id,
    }),
    clips: [{ id: id('inner'), d: bodyPath(family.body, layout.inner) }],
    shapes: [
      ...glassShapesOf(family.body, layout, mainLiquid, id),
      ...capShapesOf(family.cap, capDark, build.collar, layout, id),
      ...labelShapes,
    ],
    label,
    text: labelText(perfume, locale, textArea),
  };
}
