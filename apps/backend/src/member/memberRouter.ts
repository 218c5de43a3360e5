import { router } from '@scentence/api';
import { accountProcedures } from './accountProcedures';
import type { MemberDependencies } from './memberDependencies';
import { createMemberProcedures } from './memberProcedures';
import { memberServicesGetter } from './memberServices';
import { profileImageProcedures } from './profileImageProcedures';
import { profileProcedures } from './profileProcedures';
import { tokenProcedures } from './tokenProcedures';

/**
 * `member.*`: accounts, sign-in steps for next-auth, tokens for REST and mobile callers, the
 * member's own profile and image.
 */
export function createMemberRouter(deps: MemberDependencies | undefined) {
  const services = memberServicesGetter(deps);
  const { memberProcedure } = createMemberProcedures(() => services().deps);
  const tokens = tokenProcedures(() => services().tokens);
  return router({
    ...accountProcedures(() => services().accounts),
    ...profileProcedures(memberProcedure, services),
    profileImage: router(profileImageProcedures(memberProcedure, services)),
    token: router({
      password: tokens.password,
      kakao: tokens.kakao,
      linkKakao: tokens.linkKakao,
      recover: tokens.recover,
      refresh: tokens.refresh,
      revoke: tokens.revoke,
    }),
  });
}
