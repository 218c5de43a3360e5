import type { PerfumeDetail } from '@scentence/api/schemas';
import { understoodId } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogCaller, openCatalogCaller } from './support/catalogCaller';

/**
 * What people type, measured: each query must bring the perfume it names, or the filter it
 * means, into the top 3 of the real router over the shipped catalog.
 */

let caller: CatalogCaller;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ caller, close } = await openCatalogCaller());
}, 120_000);
afterAll(() => close?.());

const TOP = 3;
const top = async (q: string) => caller.perfume.search({ q, limit: TOP });
const label = (item: { brand: string; name: string }) => `${item.brand} / ${item.name}`;

/** Query → the perfume ("Brand / Name") it must bring into the top 3. */
const NAMED: [query: string, perfume: string][] = [
  // Korean, with the spellings people use (jamo folding: 쏘/소, 쟈/자, 쥬/주).
  ['쏘바쥬', 'Dior / Sauvage'],
  ['소바쥬', 'Dior / Sauvage'],
  ['쏘바주', 'Dior / Sauvage'],
  ['쟈도르', "Dior / J'adore"],
  ['자도르', "Dior / J'adore"],
  ['코코 마드모아젤', 'Chanel / Coco Mademoiselle'],
  ['블랙 오피움', 'Yves Saint Laurent / Black Opium'],
  ['집시워터', 'Byredo / Gypsy Water'],
  ['블랑쉬', 'Byredo / Blanche'],
  ['필로시코스', 'Diptyque / Philosykos'],
  ['바카라', 'Maison Francis Kurkdjian / Baccarat Rouge 540'],
  ['아쿠아 디 지오', 'Giorgio Armani / Acqua di Giò'],
  ['떼르 데르메스', "Hermès / Terre d'Hermès"],
  ['넘버5', 'Chanel / N°5'],
  // English, and number marks written every way.
  ['Sauvage', 'Dior / Sauvage'],
  ['Santal 33', 'Le Labo / Santal 33'],
  ['No.5', 'Chanel / N°5'],
  ['N°5', 'Chanel / N°5'],
  ['chanel no 5', 'Chanel / N°5'],
  ['Black Opium', 'Yves Saint Laurent / Black Opium'],
  ['Aventus', 'Creed / Aventus'],
  ['Baccarat Rouge 540', 'Maison Francis Kurkdjian / Baccarat Rouge 540'],
  ['Light Blue', 'Dolce & Gabbana / Light Blue'],
  ['for her', 'Narciso Rodriguez / For Her'],
  // Misspelt.
  ['sauvge', 'Dior / Sauvage'],
  ['sauvgae', 'Dior / Sauvage'],
  ['aventos', 'Creed / Aventus'],
  ['philosikos', 'Diptyque / Philosykos'],
  ['baccarat rouge 504', 'Maison Francis Kurkdjian / Baccarat Rouge 540'],
  ['샹탈 33', 'Le Labo / Santal 33'],
  // Spaced and run together, house and name in either script.
  ['르라보상탈33', 'Le Labo / Santal 33'],
  ['르 라보 상탈 33', 'Le Labo / Santal 33'],
  ['lelabosantal33', 'Le Labo / Santal 33'],
  ['diorsauvage', 'Dior / Sauvage'],
  ['디올소바쥬', 'Dior / Sauvage'],
  ['블루드샤넬', 'Chanel / Bleu de Chanel'],
  ['톰포드오드우드', 'Tom Ford / Oud Wood'],
  ['바이레도집시워터', 'Byredo / Gypsy Water'],
  ['oud wood', 'Tom Ford / Oud Wood'],
  // Houses by their other names.
  ['YSL 리브르', 'Yves Saint Laurent / Libre'],
  ['생로랑 리브르', 'Yves Saint Laurent / Libre'],
  ['Saint Laurent Libre', 'Yves Saint Laurent / Libre'],
  ['입생로랑 블랙오피움', 'Yves Saint Laurent / Black Opium'],
  ['Christian Dior Sauvage', 'Dior / Sauvage'],
  ['By Kilian Angels Share', "Kilian Paris / Angels' Share"],
  ['킬리안 엔젤스 셰어', "Kilian Paris / Angels' Share"],
  ['조말론 우드세이지', 'Jo Malone London / Wood Sage & Sea Salt'],
  ['메종 마르지엘라 재즈클럽', 'Maison Margiela / Replica Jazz Club'],
  ['블루드 채널', 'Chanel / Bleu de Chanel'],
  ['채널 넘버5', 'Chanel / N°5'],
  ['샤넬 5번', 'Chanel / N°5'],
];

/**
 * Query → the filters it must be understood as (`kind:key`, `-` before one asked to be left
 * out); the top 3 must carry every one of them.
 */
const UNDERSTOOD: [query: string, filters: string[]][] = [
  // Accord words, Korean and English.
  ['우디', ['accord:woody']],
  ['woody', ['accord:woody']],
  ['플로럴', ['accord:floral']],
  ['시트러스', ['accord:citrus']],
  ['citrus', ['accord:citrus']],
  ['파우더리', ['accord:powdery']],
  ['머스크', ['accord:musky']],
  ['달달한 향수', ['accord:sweet']],
  ['바다 향', ['accord:aquatic']],
  ['가죽 향', ['accord:leathery']],
  ['smoky', ['accord:smoky']],
  // Note words, in the catalog's spelling and in others.
  ['장미', ['note:rose']],
  ['무화과', ['note:fig']],
  ['베르가못', ['note:bergamot']],
  ['라벤더', ['note:lavender']],
  ['샌들우드', ['note:sandalwood']],
  ['재스민', ['note:jasmine']],
  // Seasons, occasions, gender leans.
  ['여름', ['season:summer']],
  ['summer', ['season:summer']],
  ['겨울 향수', ['season:winter']],
  ['봄에 뿌릴 향수', ['season:spring']],
  ['데일리', ['occasion:daily']],
  ['출근용 향수', ['occasion:business']],
  ['데이트 향수', ['occasion:evening']],
  ['gym', ['occasion:sport']],
  ['남자 향수', ['gender:masculine']],
  ['여자친구 선물', ['gender:feminine']],
  ['유니섹스', ['gender:unisex']],
  // Several at once, a house among them, and what is not wanted.
  ['르라보 우디', ['accord:woody', 'brand:lelabo']],
  ['여름 시트러스', ['season:summer', 'accord:citrus']],
  ['남자 우디 향수', ['gender:masculine', 'accord:woody']],
  ['우디 말고 플로럴', ['-accord:woody', 'accord:floral']],
  ['no oud', ['-note:oud']],
];

async function detailsOf(items: { id: number }[]): Promise<PerfumeDetail[]> {
  return Promise.all(items.map((item) => caller.perfume.byId({ id: item.id })));
}

/** Whether a perfume carries what an understood filter means (accords from 30, seasons and occasions from 50). */
function carries(perfume: PerfumeDetail, filter: string): boolean {
  const [kind, key] = filter.split(':') as [string, string];
  switch (kind) {
    case 'accord':
      return perfume.accords.some((accord) => accord.key === key && accord.strength >= 30);
    case 'note':
      return perfume.notes.some((note) => note.slug === key);
    case 'season':
      return perfume.seasons.some((season) => season.key === key && season.share >= 50);
    case 'occasion':
      return perfume.occasions.some((occasion) => occasion.key === key && occasion.share >= 50);
    case 'gender':
      return perfume.gender === key;
    case 'brand':
      return perfume.brand.toLowerCase().replace(/ /g, '') === key;
    default:
      throw new Error(`no check for ${filter}`);
  }
}

describe(`${NAMED.length + UNDERSTOOD.length} queries as people type them`, () => {
  it('has at least 60 of them', () => {
    expect(NAMED.length + UNDERSTOOD.length).toBeGreaterThanOrEqual(60);
  });

  it.each(NAMED)('"%s" brings %s into the top 3', async (query, perfume) => {
    const result = await top(query);
    expect(result.items.map(label)).toContain(perfume);
  });

  it.each(UNDERSTOOD)('"%s" is understood as %j, and the top 3 carry it', async (query, filters) => {
    const result = await top(query);
    const understood = result.understood.map((filter) => `${filter.negated ? '-' : ''}${understoodId(filter)}`);
    expect(understood.toSorted()).toEqual(filters.toSorted());
    expect(result.items).toHaveLength(TOP);
    for (const perfume of await detailsOf(result.items)) {
      for (const filter of filters) {
        const wanted = !filter.startsWith('-');
        expect(carries(perfume, filter.replace(/^-/, '')), `${label(perfume)} ${filter}`).toBe(wanted);
      }
    }
  });
});

describe('search by intent', () => {
  it('finds as many woody perfumes for "우디" as the woody accord page lists, strongest first', async () => {
    const search = await caller.perfume.search({ q: '우디', limit: 50 });
    const page = await caller.catalog.accord({ key: 'woody', limit: 1 });
    expect(search.total).toBe(page.perfumes.total);
    expect(search.total).toBeGreaterThan(100);
    const strengths = search.items.map((item) => item.accords.find((accord) => accord.key === 'woody')?.strength ?? 0);
    expect(strengths).toEqual(strengths.toSorted((a, b) => b - a));
  });

  it('labels what it understood in both languages, with the words it read', async () => {
    const result = await top('여름에 쓸 남자 향수');
    expect(result.understood).toEqual([
      { kind: 'season', key: 'summer', ko: '여름', en: 'Summer', words: '여름에', negated: false },
      { kind: 'gender', key: 'masculine', ko: '남성적', en: 'Masculine', words: '남자 향수', negated: false },
    ]);
    expect(result.didYouMean).toBeNull();
  });

  it('searches again without a chip that was removed: its words are read as a name', async () => {
    const understood = await caller.perfume.search({ q: '르라보 우디', limit: 50 });
    expect(understood.items.every((item) => item.brand === 'Le Labo')).toBe(true);
    const withoutHouse = await caller.perfume.search({ q: '르라보 우디', ignore: ['brand:lelabo'], limit: 50 });
    expect(withoutHouse.understood.map(understoodId)).toEqual(['accord:woody']);
    expect(withoutHouse.items[0]?.brand).toBe('Le Labo');
    expect(withoutHouse.items.some((item) => item.brand !== 'Le Labo')).toBe(true);
    const woody = await caller.perfume.search({ q: '우디' });
    const literal = await caller.perfume.search({ q: '우디', ignore: ['accord:woody'] });
    expect(literal.understood).toEqual([]);
    expect(literal.total).toBeLessThan(woody.total);
  });

  it('lets a perfume’s name win when the words are also intent words, then brings what they mean', async () => {
    const result = await caller.perfume.search({ q: 'Oud Wood', limit: 10 });
    expect(label(result.items[0]!)).toBe('Tom Ford / Oud Wood');
    expect(result.understood.map(understoodId)).toEqual(['note:oud', 'accord:woody']);
    for (const perfume of await detailsOf(result.items.slice(1))) {
      expect(carries(perfume, 'note:oud') && carries(perfume, 'accord:woody'), label(perfume)).toBe(true);
    }
  });

  it('combines understood filters with the ones chosen in the panel', async () => {
    const result = await caller.perfume.search({ q: '우디', gender: 'feminine', limit: 50 });
    expect(result.total).toBeGreaterThan(0);
    for (const perfume of await detailsOf(result.items)) {
      expect(perfume.gender).toBe('feminine');
      expect(carries(perfume, 'accord:woody')).toBe(true);
    }
    // A season chosen in the panel is not overridden by one typed.
    const chosen = await caller.perfume.search({ q: '여름 우디', season: 'winter' });
    expect(chosen.understood.map(understoodId)).toEqual(['accord:woody']);
  });

  it('ranks by a mood’s accords ("시원한")', async () => {
    const result = await top('시원한 향수');
    expect(result.understood.map(understoodId)).toEqual(['mood:cool']);
    for (const perfume of await detailsOf(result.items)) {
      expect(carries(perfume, 'accord:aquatic') || carries(perfume, 'accord:fresh'), label(perfume)).toBe(true);
    }
  });

  it('treats a query of filler words as no query', async () => {
    const all = await caller.perfume.search({});
    expect((await caller.perfume.search({ q: '향수 추천' })).total).toBe(all.total);
  });
});

describe('names', () => {
  it('ranks the perfume a query names above the house’s other perfumes, and those above other houses', async () => {
    const result = await caller.perfume.search({ q: '르라보 상탈 33', limit: 10 });
    expect(label(result.items[0]!)).toBe('Le Labo / Santal 33');
    const houses = result.items.map((item) => item.brand);
    const firstOther = houses.findIndex((brand) => brand !== 'Le Labo');
    expect(houses.slice(firstOther === -1 ? houses.length : firstOther)).not.toContain('Le Labo');
  });

  it('puts Chanel N°5 first for every way of writing it', async () => {
    for (const q of ['No.5', 'no 5', 'N°5', 'Number 5', '넘버 5']) {
      expect(label((await top(q)).items[0]!), q).toBe('Chanel / N°5');
    }
  });

  it('says "did you mean" for a misspelt name, in the script it was typed in, and not otherwise', async () => {
    const english = await top('sauvge');
    expect(english.didYouMean).toMatchObject({ q: 'Dior Sauvage', perfume: { brand: 'Dior', name: 'Sauvage' } });
    const korean = await top('쏘바주르');
    expect(korean.didYouMean?.q).toBe('디올 소바쥬');
    expect((await top('santal')).didYouMean).toBeNull();
    expect((await top('Sauvage')).didYouMean).toBeNull();
    const nothing = await top('xqzvplorb');
    expect(nothing).toMatchObject({ items: [], total: 0, didYouMean: null, understood: [] });
  });

  it('autocompletes names across scripts and houses by their other names', async () => {
    const sauvage = await caller.perfume.suggest({ q: '쏘바' });
    expect(sauvage.perfumes[0]).toMatchObject({ brand: 'Dior', name: 'Sauvage' });
    const ysl = await caller.perfume.suggest({ q: 'ysl' });
    expect(ysl.brands[0]?.name).toBe('Yves Saint Laurent');
    expect(ysl.perfumes.every((perfume) => perfume.brand === 'Yves Saint Laurent')).toBe(true);
    expect((await caller.perfume.suggest({ q: '채널' })).brands[0]?.name).toBe('Chanel');
  });
});
