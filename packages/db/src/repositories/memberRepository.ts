import type { MemberStatus } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import { createRateLimitRepository } from '../rateLimits/rateLimitRepository';
import {
  createMember,
  findMemberByEmail,
  findMemberById,
  findMemberByKakaoId,
  isEmailTaken,
  isNicknameTaken,
  linkKakaoAccount,
  type NewMember,
  recordSignIn,
  setPasswordHash,
} from './memberAccounts';
import { type ProfileChanges, swapProfileImage, updateProfile } from './memberProfiles';
import {
  insertRefreshToken,
  type NewRefreshToken,
  pruneRefreshTokens,
  revokeMemberRefreshTokens,
  revokeRefreshFamilyById,
  revokeRefreshTokenFamily,
  rotateRefreshToken,
} from './memberRefreshTokens';
import {
  changeMemberStatus,
  listMembers,
  type MemberListQuery,
  purgeWithdrawals,
  recoverWithdrawal,
  requestWithdrawal,
} from './memberStatus';

export type { NewMember } from './memberAccounts';
export type { ImageSwap, ProfileChanges } from './memberProfiles';
export { ACTIVE_MEMBER_STATUSES, MemberConflictError, type MemberRecord } from './memberRecords';
export type { NewRefreshToken, RefreshRotation } from './memberRefreshTokens';
export type { MemberListQuery, PurgeOutcome, StatusChange } from './memberStatus';

/** Everything the services do with member_db. */
export function createMemberRepository(sql: Sql) {
  return {
    create: (member: NewMember) => createMember(sql, member),
    findById: (id: string) => findMemberById(sql, id),
    findByEmail: (email: string) => findMemberByEmail(sql, email),
    findByKakaoId: (kakaoId: string) => findMemberByKakaoId(sql, kakaoId),
    isEmailTaken: (email: string) => isEmailTaken(sql, email),
    isNicknameTaken: (nickname: string, exceptMemberId?: string) => isNicknameTaken(sql, nickname, exceptMemberId),
    recordSignIn: (id: string, grantAdmin: boolean) => recordSignIn(sql, id, grantAdmin),
    linkKakao: (id: string, kakaoId: string) => linkKakaoAccount(sql, id, kakaoId),
    setPasswordHash: (id: string, passwordHash: string) => setPasswordHash(sql, id, passwordHash),
    updateProfile: (id: string, changes: ProfileChanges) => updateProfile(sql, id, changes),
    swapProfileImage: (id: string, key: string | null) => swapProfileImage(sql, id, key),
    requestWithdrawal: (id: string, at: Date) => requestWithdrawal(sql, id, at),
    recoverWithdrawal: (id: string, notBefore: Date) => recoverWithdrawal(sql, id, notBefore),
    purgeWithdrawals: (cutoff: Date, forgetElsewhere?: (memberIds: string[]) => Promise<unknown>) =>
      purgeWithdrawals(sql, cutoff, forgetElsewhere),
    changeStatus: (id: string, status: MemberStatus, at: Date) => changeMemberStatus(sql, id, status, at),
    list: (query: MemberListQuery) => listMembers(sql, query),
    ...createRateLimitRepository(sql, 'rate_limit_events'),
    insertRefreshToken: (token: NewRefreshToken) => insertRefreshToken(sql, token),
    rotateRefreshToken: (presentedHash: string, successor: Omit<NewRefreshToken, 'memberId'>) =>
      rotateRefreshToken(sql, presentedHash, successor),
    revokeRefreshTokenFamily: (tokenHash: string, at: Date) => revokeRefreshTokenFamily(sql, tokenHash, at),
    revokeRefreshFamilyById: (familyId: string, at: Date) => revokeRefreshFamilyById(sql, familyId, at),
    revokeMemberRefreshTokens: (memberId: string, at: Date) => revokeMemberRefreshTokens(sql, memberId, at),
    pruneRefreshTokens: (before: Date) => pruneRefreshTokens(sql, before),
    ping: async () => {
      await sql`SELECT 1`;
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;
