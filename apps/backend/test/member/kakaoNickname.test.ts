import { nicknameSchema } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { kakaoNicknameCandidates } from '../../src/member/account/kakaoNickname';

describe('nicknames for new Kakao members', () => {
  it("keep Kakao's nickname when it already fits the rule", () => {
    expect(kakaoNicknameCandidates('향수러버')[0]).toBe('향수러버');
  });

  it('drop characters the rule does not allow and cut to 12', () => {
    expect(kakaoNicknameCandidates('Mina 🌸 Kim!')[0]).toBe('MinaKim');
    expect(kakaoNicknameCandidates('아주아주아주아주긴카카오닉네임')[0]).toBe('아주아주아주아주긴카카오');
  });

  it('fall back to a default when nothing usable is left', () => {
    expect(kakaoNicknameCandidates('🌸')[0]).toBe('향수친구');
    expect(kakaoNicknameCandidates(null)[0]).toBe('향수친구');
  });

  it('offer numbered alternatives that all pass the nickname rule', () => {
    const candidates = kakaoNicknameCandidates('아주아주아주아주긴카카오닉네임');
    expect(candidates).toHaveLength(6);
    expect(new Set(candidates).size).toBe(candidates.length);
    for (const candidate of candidates) expect(nicknameSchema.safeParse(candidate).success, candidate).toBe(true);
  });
});
