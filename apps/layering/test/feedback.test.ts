import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLayeringRouter } from '../src/router';
import { COMMUNITY_MIN_VOTES } from '../src/scoring/communityRule';
import { createLayeringFixture, type LayeringFixture } from './support/layeringFixture';

let fixture: LayeringFixture;

beforeAll(async () => {
  fixture = await createLayeringFixture();
}, 120_000);
afterAll(() => fixture?.close());

describe('votes on a pair', () => {
  it('need a signed-in member', async () => {
    const [a, b] = [fixture.id('Byredo', 'Gypsy Water'), fixture.id('Byredo', 'Blanche')];
    await expect(fixture.anonymous().feedback.vote({ a, b, vote: 'up' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(fixture.anonymous().feedback.removeVote({ a, b })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('count one vote per member per pair, in either order, changeable and removable', async () => {
    const [a, b] = [fixture.id('Calvin Klein', 'CK One'), fixture.id('Chloé', 'Love Story')];
    const first = fixture.member();
    const second = fixture.member();

    expect((await first.feedback.vote({ a, b, vote: 'up' })).community).toMatchObject({ up: 1, down: 0, myVote: 'up' });
    expect((await first.feedback.vote({ a, b, vote: 'up' })).community).toMatchObject({ up: 1, down: 0 });
    // The same pair the other way round is the same pair: the vote changes, it is not added.
    expect((await first.feedback.vote({ a: b, b: a, vote: 'down' })).community).toMatchObject({
      up: 0,
      down: 1,
      myVote: 'down',
      counted: false,
      points: 0,
    });
    expect((await second.feedback.vote({ a, b, vote: 'up' })).community).toMatchObject({
      up: 1,
      down: 1,
      myVote: 'up',
    });

    expect((await fixture.anonymous().pair.analyze({ a, b })).community).toMatchObject({
      up: 1,
      down: 1,
      myVote: null,
    });
    expect((await first.pair.analyze({ a: b, b: a })).community.myVote).toBe('down');

    expect(await first.feedback.removeVote({ a, b })).toMatchObject({ removed: true, community: { up: 1, down: 0 } });
    expect(await first.feedback.removeVote({ a, b })).toMatchObject({ removed: false, community: { up: 1, down: 0 } });
    expect((await first.pair.analyze({ a, b })).community.myVote).toBeNull();
  });

  it('count into the score once enough members voted', async () => {
    const [a, b] = [fixture.id('Aesop', 'Tacit'), fixture.id('Diptyque', 'Tam Dao')];
    const before = await fixture.anonymous().pair.analyze({ a, b });
    for (let voter = 1; voter < COMMUNITY_MIN_VOTES; voter++)
      await fixture.member().feedback.vote({ a, b, vote: 'down' });
    const almost = await fixture.anonymous().pair.analyze({ a, b });
    expect(almost.community).toMatchObject({ down: COMMUNITY_MIN_VOTES - 1, counted: false, points: 0 });
    expect(almost.score).toBe(before.score);

    await fixture.member().feedback.vote({ a, b, vote: 'down' });
    const counted = await fixture.anonymous().pair.analyze({ a, b });
    expect(counted.community).toMatchObject({ down: COMMUNITY_MIN_VOTES, counted: true, points: -5 });
    expect(counted.ruleScore).toBe(before.score);
    expect(counted.score).toBe(before.score - 5);
    expect(counted.reasons.map((reason) => reason.rule)).toContain('community.votes');
  });

  it('can put the partner on the WISH list with 👍, never over a perfume the member has', async () => {
    const memberId = randomUUID();
    const member = fixture.member(memberId);
    const [a, b, owned] = [
      fixture.id('Le Labo', 'Santal 33'),
      fixture.id('Le Labo', 'Bergamote 22'),
      fixture.id('Diptyque', 'Tam Dao'),
    ];
    expect((await member.feedback.vote({ a, b, vote: 'up', wish: true })).wishlisted).toBe(true);
    expect(await fixture.wardrobe.find(memberId, b)).toMatchObject({ state: 'wish', source: 'layering' });

    await fixture.wardrobe.save(memberId, { perfumeId: owned, state: 'have', preference: 'good', source: 'manual' });
    expect((await member.feedback.vote({ a, b: owned, vote: 'up', wish: true })).wishlisted).toBe(false);
    expect(await fixture.wardrobe.find(memberId, owned)).toMatchObject({ state: 'have', source: 'manual' });

    const disliked = fixture.id('Byredo', 'Blanche');
    expect((await member.feedback.vote({ a, b: disliked, vote: 'down', wish: true })).wishlisted).toBe(false);
    expect(await fixture.wardrobe.find(memberId, disliked)).toBeNull();
  });

  it('go with a member when the member is purged', async () => {
    const [a, b] = [fixture.id('Diptyque', 'Philosykos'), fixture.id('Tamburins', 'Kuumo')];
    const [leaving, staying] = [randomUUID(), randomUUID()];
    await fixture.member(leaving).feedback.vote({ a, b, vote: 'up' });
    await fixture.member(staying).feedback.vote({ a, b, vote: 'down' });
    expect(await fixture.deps.votes?.deleteMembers([leaving])).toBe(1);
    expect((await fixture.anonymous().pair.analyze({ a, b })).community).toMatchObject({ up: 0, down: 1 });
  });

  it('are refused for one perfume or one line, and for an unknown perfume', async () => {
    const member = fixture.member();
    const sauvage = fixture.id('Dior', 'Sauvage');
    await expect(member.feedback.vote({ a: sauvage, b: sauvage, vote: 'up' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      messageKey: 'layeringSamePerfume',
    });
    await expect(
      member.feedback.vote({ a: sauvage, b: fixture.id('Dior', 'Sauvage Elixir'), vote: 'up' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', messageKey: 'layeringFlanker', field: 'b' });
    await expect(member.feedback.vote({ a: sauvage, b: 999_999, vote: 'up' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('answer 503 where this process keeps no votes, while pairs still show', async () => {
    const router = createLayeringRouter({ ...fixture.deps, votes: undefined, wardrobe: undefined });
    const member = router.createCaller({ caller: { memberId: randomUUID(), role: 'member' } });
    const [a, b] = [fixture.id('Byredo', 'Gypsy Water'), fixture.id('Byredo', 'Blanche')];
    await expect(member.feedback.vote({ a, b, vote: 'up' })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      messageKey: 'layeringVotesUnavailable',
    });
    await expect(member.partners.fromWardrobe({ perfumeId: a })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      messageKey: 'layeringWardrobeUnavailable',
    });
    expect((await member.pair.analyze({ a, b })).community).toEqual({
      up: 0,
      down: 0,
      counted: false,
      points: 0,
      myVote: null,
    });
  });
});
