import type { LayeringApplication, LayeringPair } from '@scentence/api/schemas';
import { ACCORD_KEYS } from '@scentence/api/vocabulary';
import { type LayeringPerfume, strengthOf } from './layeringPerfume';

/**
 * Both accord profiles and the blend, for one chart: the blend weighs each perfume by its
 * sprays, since that is how much of it is worn.
 */
export function blendProfile(
  a: LayeringPerfume,
  b: LayeringPerfume,
  application: LayeringApplication,
): LayeringPair['profile'] {
  const spraysOf = (perfume: LayeringPerfume) =>
    application.sprays.find((entry) => entry.perfumeId === perfume.id)?.count ?? 1;
  const [weightA, weightB] = [spraysOf(a), spraysOf(b)];
  return ACCORD_KEYS.map((key) => {
    const [x, y] = [strengthOf(a, key), strengthOf(b, key)];
    return { key, a: x, b: y, blend: Math.round((x * weightA + y * weightB) / (weightA + weightB)) };
  })
    .filter((row) => row.a > 0 || row.b > 0)
    .sort((r, s) => s.blend - r.blend || Math.max(s.a, s.b) - Math.max(r.a, r.b) || r.key.localeCompare(s.key));
}
