import { wardrobeMessage } from '@scentence/api/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { createWardrobeFixture, refusal } from './wardrobeFixture';

// Opened while the file is collected, so the perfume ids below can be constants.
const fixture = await createWardrobeFixture();
afterAll(() => fixture.close());
const { santal, another13, sauvage, bleu } = fixture.shipped;

describe('adding a perfume', () => {
  it('adds it as have / neutral by hand, with the perfume, the dates and no rating', async () => {
    const { calls } = fixture.member();
    const entry = await calls.save({ perfumeId: santal });
    expect(entry).toMatchObject({
      perfume: { id: santal, brand: 'Le Labo', name: 'Santal 33' },
      state: 'have',
      preference: 'neutral',
      rating: null,
      memo: '',
      source: 'manual',
    });
    expect(entry.addedAt).toBe(entry.updatedAt);
  });

  it('is idempotent: saving again changes the one entry and keeps its date and source', async () => {
    const { calls } = fixture.member();
    const first = await calls.save({
      perfumeId: santal,
      state: 'wish',
      source: 'chat',
      rating: 7.5,
      memo: '시향 후 결정',
    });
    const again = await calls.save({
      perfumeId: santal,
      state: 'wish',
      source: 'chat',
      rating: 7.5,
      memo: '시향 후 결정',
    });
    expect(again).toEqual(first);
    const changed = await calls.save({ perfumeId: santal, state: 'have', preference: 'good', source: 'map' });
    expect(changed).toMatchObject({ state: 'have', preference: 'good', rating: 7.5, memo: '시향 후 결정' });
    expect(changed.source).toBe('chat');
    expect(changed.addedAt).toBe(first.addedAt);
    const list = await calls.list({});
    expect(list.items.map((item) => item.perfume.id)).toEqual([santal]);
    expect(list.counts).toEqual({ have: 1, wish: 0, had: 0 });
  });

  it('answers 404 for a perfume that does not exist, and writes nothing', async () => {
    const { calls } = fixture.member();
    const body = await refusal(calls.save({ perfumeId: 987_654 }));
    expect(body).toMatchObject({ code: 'NOT_FOUND', messageKey: 'perfumeNotFound' });
    expect(body.message).toBe(wardrobeMessage('perfumeNotFound'));
    expect((await calls.list({})).total).toBe(0);
  });

  it('refuses an out-of-range rating or one off the half steps with a 400 naming rating', async () => {
    const { calls } = fixture.member();
    for (const rating of [-0.5, 10.5, 7.3]) {
      const body = await refusal(calls.save({ perfumeId: santal, rating }));
      expect(body.code, String(rating)).toBe('BAD_REQUEST');
      expect(new Set(body.issues.map((issue) => issue.path))).toEqual(new Set(['rating']));
      expect(body.issues[0]).toMatchObject({ messageKey: 'ratingInvalid', message: wardrobeMessage('ratingInvalid') });
    }
    for (const rating of [0, 0.5, 9.5, 10]) {
      expect((await calls.save({ perfumeId: santal, rating })).rating).toBe(rating);
    }
  });

  it('refuses a wrong state or preference with a 400 naming the field', async () => {
    const { calls } = fixture.member();
    const state = await refusal(calls.save({ perfumeId: santal, state: 'owned' as 'have' }));
    expect(state.issues.map((issue) => issue.path)).toEqual(['state']);
    const preference = await refusal(calls.update({ perfumeId: santal, preference: 'love' as 'good' }));
    expect(preference.issues.map((issue) => issue.path)).toEqual(['preference']);
  });
});

describe('changing an entry', () => {
  it('moves between states and changes only the fields given; null clears the rating', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: sauvage, state: 'wish', rating: 6, memo: '여름용' });
    const had = await calls.update({ perfumeId: sauvage, state: 'had' });
    expect(had).toMatchObject({ state: 'had', preference: 'neutral', rating: 6, memo: '여름용' });
    const cleared = await calls.update({ perfumeId: sauvage, rating: null, preference: 'bad' });
    expect(cleared).toMatchObject({ state: 'had', preference: 'bad', rating: null, memo: '여름용' });
    expect((await calls.entry({ perfumeId: sauvage })).state).toBe('had');
    expect((await calls.list({})).counts).toEqual({ have: 0, wish: 0, had: 1 });
  });

  it('"used it up" moves it to had with how it was liked', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: bleu, state: 'have', preference: 'neutral' });
    const usedUp = await calls.useUp({ perfumeId: bleu, preference: 'good', rating: 8.5 });
    expect(usedUp).toMatchObject({ state: 'had', preference: 'good', rating: 8.5 });
    const withoutRating = await calls.useUp({ perfumeId: bleu, preference: 'bad' });
    expect(withoutRating).toMatchObject({ state: 'had', preference: 'bad', rating: 8.5 });
  });

  it('deletes for good; deleting again, or changing what is not there, is a 404', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: another13 });
    expect(await calls.remove({ perfumeId: another13 })).toEqual({ deleted: true });
    expect((await calls.list({})).total).toBe(0);
    // One call at a time: a rejection must have its handler before the next call starts.
    for (const call of [
      () => calls.remove({ perfumeId: another13 }),
      () => calls.update({ perfumeId: another13, state: 'had' }),
      () => calls.useUp({ perfumeId: another13, preference: 'good' }),
      () => calls.entry({ perfumeId: another13 }),
    ]) {
      expect(await refusal(call())).toMatchObject({ code: 'NOT_FOUND', messageKey: 'entryNotFound' });
    }
  });
});

describe("another member's wardrobe", () => {
  it('cannot be read, changed or deleted: it is simply not found', async () => {
    const a = fixture.member();
    const b = fixture.member();
    await a.calls.save({ perfumeId: santal, preference: 'good', rating: 9, memo: 'A의 메모' });

    expect(await refusal(b.calls.entry({ perfumeId: santal }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(b.calls.update({ perfumeId: santal, memo: 'B가 씀' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(b.calls.useUp({ perfumeId: santal, preference: 'bad' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await refusal(b.calls.remove({ perfumeId: santal }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await b.calls.list({})).toMatchObject({ items: [], total: 0, counts: { have: 0, wish: 0, had: 0 } });
    expect(await b.calls.status({ ids: String(santal) })).toEqual({ items: [] });

    expect(await a.calls.entry({ perfumeId: santal })).toMatchObject({
      preference: 'good',
      rating: 9,
      memo: 'A의 메모',
    });
  });

  it('is never named by a member id in the input: the token decides', async () => {
    const a = fixture.member();
    const b = fixture.member();
    const input = { perfumeId: bleu, memberId: a.id } as { perfumeId: number };
    await b.calls.save(input);
    expect((await a.calls.list({})).total).toBe(0);
    expect((await b.calls.list({})).total).toBe(1);
  });

  it('needs a signed-in member: anonymous callers get 401', async () => {
    expect(await refusal(fixture.anonymous.wardrobe.list({}))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await refusal(fixture.anonymous.wardrobe.save({ perfumeId: santal }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('the collection', () => {
  it('gives each listed perfume its state for cards, and nothing for the others', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', preference: 'good' });
    await calls.save({ perfumeId: sauvage, state: 'wish' });
    const expected = [
      { perfumeId: santal, state: 'have', preference: 'good' },
      { perfumeId: sauvage, state: 'wish', preference: 'neutral' },
    ].sort((a, b) => a.perfumeId - b.perfumeId);
    expect(await calls.status({ ids: `${sauvage},${bleu},${santal}` })).toEqual({ items: expected });
  });

  it('lists by state with counts, searches in either script, filters by brand, accord and season, sorts and pages', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', rating: 9 });
    await calls.save({ perfumeId: another13, state: 'have', rating: 6.5 });
    await calls.save({ perfumeId: sauvage, state: 'wish' });
    await calls.save({ perfumeId: bleu, state: 'had', rating: 8 });

    const all = await calls.list({});
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({ have: 2, wish: 1, had: 1 });
    expect(all.items.map((item) => item.perfume.id)).toEqual([bleu, sauvage, another13, santal]);

    const have = await calls.list({ state: 'have' });
    expect(have.items.map((item) => item.perfume.id).sort()).toEqual([santal, another13].sort());
    expect(have.counts).toEqual(all.counts);

    expect((await calls.list({ q: '르라보 상탈' })).items.map((item) => item.perfume.id)).toEqual([santal]);
    expect((await calls.list({ q: 'sauvage' })).items.map((item) => item.perfume.id)).toEqual([sauvage]);
    expect((await calls.list({ brand: '르 라보' })).total).toBe(2);
    expect((await calls.list({ brand: 'le labo' })).total).toBe(2);

    // Only Santal 33 is leathery; it is the one of the four that does not fit summer.
    expect((await calls.list({ accord: 'leathery' })).items.map((item) => item.perfume.id)).toEqual([santal]);
    const summer = (await calls.list({ season: 'summer' })).items.map((item) => item.perfume.id);
    expect(summer.sort()).toEqual([another13, sauvage, bleu].sort());

    expect((await calls.list({ sort: 'rating' })).items.map((item) => item.rating)).toEqual([9, 8, 6.5, null]);
    const byName = (await calls.list({ sort: 'name' })).items.map((item) => item.perfume.name);
    expect(byName).toEqual(['Another 13', 'Bleu de Chanel', 'Santal 33', 'Sauvage']);

    const first = await calls.list({ sort: 'name', limit: 3 });
    expect(first).toMatchObject({ total: 4, nextCursor: 3 });
    const rest = await calls.list({ sort: 'name', limit: 3, cursor: 3 });
    expect(rest.items.map((item) => item.perfume.name)).toEqual(['Sauvage']);
    expect(rest.nextCursor).toBeNull();
  });
});
