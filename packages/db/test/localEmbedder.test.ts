import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMENSIONS } from '../src/embedding/embedder';
import { embedPerfumeLocally } from '../src/embedding/localEmbedder';
import { shippedCatalogRecords } from '../src/seed/catalogRecords';

const records = shippedCatalogRecords();
const find = (name: string) => {
  const record = records.find((r) => r.name === name);
  if (!record) throw new Error(`${name} is not in the shipped catalog`);
  return record;
};
const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);

describe('the local embedder', () => {
  it('gives unit vectors of the stored width, the same every time', () => {
    const vector = embedPerfumeLocally(find('Santal 33'));
    expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
    expect(embedPerfumeLocally(find('Santal 33'))).toEqual(vector);
  });

  it('puts two woody sandalwood perfumes closer than a woody one and a fresh aquatic one', () => {
    const santal = embedPerfumeLocally(find('Santal 33'));
    const aquatic = embedPerfumeLocally(find('Aqva Pour Homme'));
    const woodyNeighbours = records
      .filter((r) => r.name !== 'Santal 33' && (r.accords.woody ?? 0) >= 80)
      .map((r) => cosine(santal, embedPerfumeLocally(r)));
    expect(Math.max(...woodyNeighbours)).toBeGreaterThan(cosine(santal, aquatic));
  });
});
