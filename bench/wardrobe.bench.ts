import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  PREFERENCES,
  type Preference,
  WARDROBE_STATES,
  type WardrobeState,
  wardrobeListInputSchema,
} from '@scentence/api/schemas';
import { createPerfumeRepository, createWardrobeRepository, createWardrobeTaste } from '@scentence/db';
import { createForYou } from '../apps/backend/src/wardrobe/forYou';
import { createWardrobeService } from '../apps/backend/src/wardrobe/wardrobeService';
import { FRAGRANTICA_CATALOG, importFragranticaCatalog } from './support/fragranticaCatalog';
import { timingLine as line, spread, timeEach } from './support/timing';

const MEMBERS = 10;
const ENTRIES = 200;
const SAMPLES = 200;
const FOR_YOU = 12;

/** A wardrobe's usual mix: mostly owned and liked, some wished, had and disliked (deterministic). */
const STATE_CYCLE: WardrobeState[] = ['have', 'have', 'have', 'wish', 'have', 'had', 'wish', 'have'];
const PREFERENCE_CYCLE: Preference[] = [
  'good',
  'good',
  'neutral',
  'good',
  'bad',
  'neutral',
  'good',
  'neutral',
  'good',
  'bad',
];

/** A multiplicative step through the catalog: each member's 200 perfumes, spread and different. */
function wardrobeIds(ids: number[], member: number): number[] {
  const picked = new Set<number>();
  for (let i = 0; picked.size < ENTRIES; i++) picked.add(ids[(member * 7_919 + i * 2_741) % ids.length] as number);
  return [...picked];
}

/**
 * Over the 38k Fragrantica catalog: a member's taste profile and "for you" with a 200-entry
 * wardrobe, beside similar perfumes with reasons (one HNSW query plus reasons) as the baseline.
 */
export async function run(): Promise<string[]> {
  const catalog = await importFragranticaCatalog(['perfume', 'recom']);
  if (!catalog) return [`wardrobe: skipped, ${FRAGRANTICA_CATALOG} is absent`];
  const { databases, ids } = catalog;
  try {
    const perfumes = createPerfumeRepository(databases.get('perfume'));
    const wardrobe = createWardrobeRepository(databases.get('recom'));
    const taste = createWardrobeTaste(wardrobe, perfumes);
    const forYou = createForYou({ perfumes, taste });
    const entries = createWardrobeService({ wardrobe, perfumes, taste, clock: () => new Date() });

    const members = Array.from({ length: MEMBERS }, () => randomUUID());
    for (const [m, memberId] of members.entries()) {
      await wardrobe.import(
        memberId,
        wardrobeIds(ids, m).map((perfumeId, i) => ({
          perfumeId,
          state: STATE_CYCLE[i % STATE_CYCLE.length] as WardrobeState,
          preference: PREFERENCE_CYCLE[(i + m) % PREFERENCE_CYCLE.length] as Preference,
          rating: null,
          memo: '',
          source: 'import',
          addedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000),
        })),
      );
    }
    const turns = Array.from({ length: SAMPLES }, (_, i) => members[i % MEMBERS] as string);
    const sampleIds = spread(ids, SAMPLES);
    const firstPage = wardrobeListInputSchema.parse({});

    // Warm-up: the first queries of each kind pay for plans and caches.
    for (const memberId of members) await forYou(memberId, FOR_YOU);
    for (const id of sampleIds.slice(0, 20)) await perfumes.similar(id, 10);

    const similar = await timeEach(sampleIds, (id) => perfumes.similar(id, 10));
    const profile = await timeEach(turns, (memberId) => taste.tasteProfileOf(memberId));
    const recommended = await timeEach(turns, (memberId) => forYou(memberId, FOR_YOU));
    // A new reader has no catalog facts in memory yet: the first visit after a start or a catalog change.
    const coldProfile = await timeEach(turns, (memberId) =>
      createWardrobeTaste(wardrobe, perfumes).tasteProfileOf(memberId),
    );
    const coldRecommended = await timeEach(turns, (memberId) =>
      createForYou({ perfumes, taste: createWardrobeTaste(wardrobe, perfumes) })(memberId, FOR_YOU),
    );
    const page = await timeEach(turns, (memberId) => entries.list(memberId, firstPage));
    const ratio = (r: { p50: number }) => `  ${(r.p50 / similar.p50).toFixed(1)}× baseline`;
    const sample = await forYou(members[0] as string, FOR_YOU);

    return [
      `wardrobe: ${ids.length.toLocaleString('en-US')} perfumes from ${path.basename(FRAGRANTICA_CATALOG)}, ${MEMBERS} members × ${ENTRIES} entries (${WARDROBE_STATES.join('/')}, ${PREFERENCES.join('/')}), embedded databases, ${SAMPLES} samples each, one client`,
      line('similar perfumes (baseline)', similar),
      line('taste profile (200 entries)', profile, ratio(profile)),
      line(`for you (${FOR_YOU}, with reasons)`, recommended, ratio(recommended)),
      line('taste profile, facts not cached', coldProfile, ratio(coldProfile)),
      line(`for you (${FOR_YOU}), facts not cached`, coldRecommended, ratio(coldRecommended)),
      line('wardrobe list, first page', page, ratio(page)),
      `  for you gave ${sample.items.length} perfumes (${sample.basis}) from ${new Set(sample.items.map((i) => i.perfume.brand)).size} houses`,
    ];
  } finally {
    await databases.close();
  }
}
