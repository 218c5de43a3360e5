import 'server-only';
import { memberProfileSchema } from '@scentence/api/schemas';
import type { z } from 'zod';

/** What the session remembers of a member: enough to mint their token and greet them. */
export const sessionMemberSchema = memberProfileSchema.pick({ id: true, role: true, nickname: true });
export type SessionMember = z.infer<typeof sessionMemberSchema>;

export function toSessionMember(profile: z.infer<typeof memberProfileSchema>): SessionMember {
  return { id: profile.id, role: profile.role, nickname: profile.nickname };
}
