import { wardrobeMessage } from '@scentence/api/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { createWardrobeFixture, refusal, type WardrobeFixture } from './wardrobeFixture';

// Opened while the file is collected, so the perfume ids below can be constants.
const fixture = await createWardrobeFixture();
afterAll(() => fixture.close());
const { santal, another13, sauvage, bleu } = fixture.shipped;

type Calls = ReturnType<WardrobeFixture['member']>['calls'];

/** A collection with every kind of value: states, preferences, half ratings, no rating, awkward memos, sources. */
async function fillWardrobe(calls: Calls) {
  await calls.save({ perfumeId: santal, state: 'have', preference: 'good', rating: 9.5, memo: '겨울 저녁, "최애"' });
  await calls.save({
    perfumeId: another13,
    state: 'wish',
    preference: 'neutral',
    memo: '=SUM(1,2), 쉼표와\n줄바꿈',
    source: 'chat',
  });
  await calls.save({ perfumeId: sauvage, state: 'had', preference: 'bad', rating: 3, source: 'map' });
  await calls.save({ perfumeId: bleu, state: 'have', preference: 'good', memo: "'+ 작은따옴표", source: 'layering' });
}

/** What a person would compare between two collections (everything but when it was last changed). */
async function collection(calls: Calls) {
  const list = await calls.list({ limit: 50 });
  return list.items
    .map(({ perfume, state, preference, rating, memo, source, addedAt }) => ({
      perfumeId: perfume.id,
      state,
      preference,
      rating,
      memo,
      source,
      addedAt,
    }))
    .sort((a, b) => a.perfumeId - b.perfumeId);
}

describe('export and import', () => {
  for (const format of ['csv', 'json'] as const) {
    it(`gives the same collection when the ${format.toUpperCase()} file goes into a fresh account`, async () => {
      const owner = fixture.member();
      await fillWardrobe(owner.calls);
      const exported = await owner.calls.export({ format });
      expect(exported).toMatchObject({ format, entries: 4 });
      expect(exported.filename).toMatch(new RegExp(`^scentence-wardrobe-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));

      const fresh = fixture.member();
      expect(await fresh.calls.import({ format, content: exported.content })).toEqual({
        added: 4,
        updated: 0,
        unchanged: 0,
      });
      expect(await collection(fresh.calls)).toEqual(await collection(owner.calls));
      // The same file again changes nothing.
      expect(await fresh.calls.import({ format, content: exported.content })).toEqual({
        added: 0,
        updated: 0,
        unchanged: 4,
      });
    });
  }

  it('writes CSV for Excel: a BOM, a header row, every cell quoted, formulas defused', async () => {
    const { calls } = fixture.member();
    await fillWardrobe(calls);
    const { content, contentType } = await calls.export({ format: 'csv' });
    expect(contentType).toBe('text/csv; charset=utf-8');
    expect(
      content.startsWith(
        '\uFEFF"perfume_id","brand","name","brand_ko","name_ko","state","preference","rating","memo","source","added_at"\r\n',
      ),
    ).toBe(true);
    expect(content).toContain('"겨울 저녁, ""최애"""');
    expect(content).toContain(`"'=SUM(1,2), 쉼표와\n줄바꿈"`);
    expect(content).toContain(`"''+ 작은따옴표"`);
    expect(content.split('\r\n').filter((line) => line.length > 0)).toHaveLength(5);
  });

  it('writes JSON with its format and version, one entry per line', async () => {
    const { calls } = fixture.member();
    await fillWardrobe(calls);
    const { content } = await calls.export({ format: 'json' });
    const document = JSON.parse(content) as { format: string; version: number; entries: unknown[] };
    expect(document).toMatchObject({ format: 'scentence-wardrobe', version: 1 });
    expect(document.entries).toHaveLength(4);
    expect(content.split('\n').filter((line) => line.trimStart().startsWith('{"perfumeId"'))).toHaveLength(4);
  });

  it('finds perfumes by brand and name when the ids changed (a re-imported catalog)', async () => {
    const { calls } = fixture.member();
    const csv = [
      'perfume_id,brand,name,state,preference',
      `999999,Le Labo,Santal 33,have,good`,
      `${sauvage},르라보,Another 13,wish,`,
      `,Dior,SAUVAGE,had,bad`,
      `${bleu},,,have,good`,
    ].join('\n');
    expect(await calls.import({ format: 'csv', content: csv })).toMatchObject({ added: 4 });
    const items = (await calls.list({})).items;
    expect(new Map(items.map((item) => [item.perfume.id, item.state]))).toEqual(
      new Map([
        [santal, 'have'],
        [another13, 'wish'],
        [sauvage, 'had'],
        [bleu, 'have'],
      ]),
    );
    expect(items.every((item) => item.source === 'import')).toBe(true);
  });

  it('merges into a wardrobe that has entries: counts added, updated and unchanged', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', preference: 'good' });
    await calls.save({ perfumeId: sauvage, state: 'wish' });
    await calls.save({ perfumeId: another13, state: 'had' });
    const csv = ['perfume_id,state,preference', `${santal},have,good`, `${sauvage},have,good`, `${bleu},wish,`].join(
      '\r\n',
    );
    expect(await calls.import({ format: 'csv', content: csv })).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await calls.list({})).counts).toEqual({ have: 2, wish: 1, had: 1 });
  });
});

describe('a file with bad rows', () => {
  it('is refused with every bad CSV row named by its line, and nothing is written', async () => {
    const { calls } = fixture.member();
    const csv = [
      'perfume_id,brand,name,state,preference,rating,memo,added_at',
      `${santal},,,have,good,8,,`,
      `${sauvage},,,owned,good,,,`,
      `${bleu},,,have,love,11,,`,
      `987654,,,have,,,,`,
      `,,,wish,,,,`,
      `${santal},,,had,,,,`,
      `${another13},,,have,,,,yesterday`,
      `${another13},,,have`,
      `"${another13},,,have,,,,`,
    ].join('\n');
    const body = await refusal(calls.import({ format: 'csv', content: csv }));
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.issues.map((issue) => [issue.path, issue.messageKey])).toEqual([
      ['rows.3.state', 'importValueInvalid'],
      ['rows.4.preference', 'importValueInvalid'],
      ['rows.4.rating', 'ratingInvalid'],
      ['rows.5', 'importPerfumeUnknown'],
      ['rows.6', 'importPerfumeMissing'],
      ['rows.7', 'importDuplicate'],
      ['rows.8.added_at', 'importDateInvalid'],
      ['rows.9', 'importFieldCount'],
      ['rows.10', 'importQuoteUnclosed'],
    ]);
    expect(body.issues[0]).toMatchObject({
      message: wardrobeMessage('importValueInvalid', 'ko', { allowed: 'have, wish, had' }),
      params: { allowed: 'have, wish, had' },
    });
    expect(body.issues[5]?.params).toEqual({ first: 'rows.2' });
    expect(body.issues[7]?.params).toEqual({ expected: 8, found: 4 });
    expect((await calls.list({})).total).toBe(0);
  });

  it('is refused with every bad JSON entry named by its index, and nothing is written', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', preference: 'good', memo: '원래 메모' });
    const json = JSON.stringify({
      version: 1,
      entries: [
        { perfumeId: santal, state: 'had', memo: '바뀐 메모' },
        { perfumeId: sauvage, state: 'wish', rating: 10.25 },
        'Sauvage',
        { brand: 'Dior', name: 'Nope', state: 'have' },
        { perfumeId: bleu, state: 'have', memo: 'x'.repeat(501), source: 'friend' },
      ],
    });
    const body = await refusal(calls.import({ format: 'json', content: json }));
    expect(body.issues.map((issue) => [issue.path, issue.messageKey])).toEqual([
      ['entries.1.rating', 'ratingInvalid'],
      ['entries.2', 'importEntryNotObject'],
      ['entries.3', 'importPerfumeUnknown'],
      ['entries.4.memo', 'importMemoTooLong'],
      ['entries.4.source', 'importValueInvalid'],
    ]);
    expect(await calls.entry({ perfumeId: santal })).toMatchObject({ state: 'have', memo: '원래 메모' });
    expect((await calls.list({})).total).toBe(1);
  });

  it('is refused as a whole, naming content, when it cannot be read as a wardrobe file', async () => {
    const { calls } = fixture.member();
    const cases = [
      { format: 'json', content: '{"entries": [', key: 'importNotJson' },
      { format: 'json', content: '[{"perfumeId": 1}]', key: 'importNotWardrobeFile' },
      { format: 'json', content: '{"version": 2, "entries": []}', key: 'importVersionUnsupported' },
      { format: 'json', content: '{"version": 1, "entries": []}', key: 'importEmpty' },
      { format: 'csv', content: 'brand,memo\nDior,hi', key: 'importHeaderMissing' },
      { format: 'csv', content: '\uFEFFperfume_id,state\r\n', key: 'importEmpty' },
    ] as const;
    for (const { format, content, key } of cases) {
      const body = await refusal(calls.import({ format, content }));
      expect(
        body.issues.map((issue) => [issue.path, issue.messageKey]),
        content,
      ).toEqual([['content', key]]);
    }
  });
});
