import type { AdminMember, MemberProfile } from '@scentence/api/schemas';
import type { MemberRecord } from '@scentence/db';
import type { ObjectStorage } from '../../storage/objectStorage';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** What a member sees of their own account (never the password hash). */
export function toMemberProfile(member: MemberRecord, storage: ObjectStorage): MemberProfile {
  return {
    id: member.id,
    email: member.email,
    // Only a purged member has no nickname, and a purged member is never shown as a profile.
    nickname: member.nickname ?? '',
    userMode: member.userMode,
    secondaryEmail: member.secondaryEmail,
    imageUrl: member.profileImageKey ? storage.publicUrl(member.profileImageKey) : null,
    role: member.role,
    status: member.status,
    hasPassword: member.passwordHash !== null,
    kakaoLinked: member.kakaoId !== null,
    createdAt: member.createdAt.toISOString(),
  };
}

export function toAdminMember(member: MemberRecord, storage: ObjectStorage): AdminMember {
  return {
    ...toMemberProfile(member, storage),
    nickname: member.nickname,
    lastLoginAt: iso(member.lastLoginAt),
    withdrawalRequestedAt: iso(member.withdrawalRequestedAt),
    updatedAt: member.updatedAt.toISOString(),
  };
}
