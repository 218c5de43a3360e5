import { router } from '@scentence/api';
import { accountProcedures } from './accountProcedures';
import type { MemberDependencies } from './memberDependencies';
import { createMemberProcedures } from './memberProcedures';
import { memberServicesGetter } from './memberServices';
import { profileImageProcedures } from './profileImageProcedures';
import { profileProcedures } from './profileProcedures';

/** `member.*`: accounts, sign-in steps for next-auth, the member's own profile and image. */
export function createMemberRouter(deps: MemberDependencies | undefined) {
  const services = memberServicesGetter(deps);
  const { memberProcedure } = createMemberProcedures(() => services().deps);
  return router({
    ...accountProcedures(() => services().accounts),
    ...profileProcedures(memberProcedure, services),
    profileImage: router(profileImageProcedures(memberProcedure, services)),
  });
}
