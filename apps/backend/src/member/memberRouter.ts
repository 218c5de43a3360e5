import { router } from '@scentence/api';
import type { TRPCRouterRecord } from '@trpc/server';
import { accountProcedures } from './account/accountProcedures';
import { profileProcedures } from './profile/profileProcedures';
import { profileImageProcedures } from './profileImage/profileImageProcedures';
import { createMemberMiddleware } from './shared/memberMiddleware';
import type { MemberServices } from './shared/memberServices';
import { tokenProcedures } from './token/tokenProcedures';

/**
 * `member.*`: accounts, sign-in steps for next-auth, tokens for REST and mobile callers, the
 * member's own profile and image.
 */
export function createMemberRouter(services: () => MemberServices) {
  const { memberProcedure } = createMemberMiddleware(() => services().deps);
  const account = accountProcedures(() => services().accounts);
  const profile = profileProcedures(memberProcedure, services);
  const profileImage = profileImageProcedures(memberProcedure, services);
  const token = tokenProcedures(() => services().tokens);
  return router({
    checkEmail: account.checkEmail,
    checkNickname: account.checkNickname,
    signUp: account.signUp,
    recover: account.recover,
    verifyCredentials: account.verifyCredentials,
    signInWithKakao: account.signInWithKakao,
    linkKakao: account.linkKakao,
    me: profile.me,
    updateProfile: profile.updateProfile,
    changePassword: profile.changePassword,
    withdraw: profile.withdraw,
    profileImage: {
      createUpload: profileImage.createUpload,
      confirm: profileImage.confirm,
      remove: profileImage.remove,
    },
    token: {
      password: token.password,
      kakao: token.kakao,
      linkKakao: token.linkKakao,
      recover: token.recover,
      refresh: token.refresh,
      revoke: token.revoke,
    },
  } satisfies TRPCRouterRecord);
}
