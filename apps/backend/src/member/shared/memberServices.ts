import { TRPCError } from '@trpc/server';
import { createAccountService } from '../account/accountService';
import { createProfileService } from '../profile/profileService';
import { createProfileImageService } from '../profileImage/profileImageService';
import { createTokenService } from '../token/tokenService';
import type { MemberDependencies } from './memberDependencies';

export function createMemberServices(deps: MemberDependencies) {
  const accounts = createAccountService(deps);
  return {
    deps,
    accounts,
    tokens: createTokenService(deps, accounts),
    profiles: createProfileService(deps),
    images: createProfileImageService(deps),
  };
}

export type MemberServices = ReturnType<typeof createMemberServices>;

/**
 * The member services, or a getter that answers 503 when this process has no member_db open
 * (a backend started for the catalog alone): the routes exist either way.
 */
export function memberServicesGetter(deps: MemberDependencies | undefined): () => MemberServices {
  const services = deps ? createMemberServices(deps) : null;
  return () => {
    if (!services)
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The member database is not available' });
    return services;
  };
}
