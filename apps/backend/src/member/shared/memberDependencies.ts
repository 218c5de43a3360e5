import type { MemberRepository, WardrobeRepository } from '@scentence/db';
import type { ObjectStorage } from '../../storage/objectStorage';
import type { MemberSettings } from './memberSettings';

/** What the member and admin routers run on. */
export interface MemberDependencies {
  members: MemberRepository;
  /** The wardrobes in recom_db, deleted with their purged members (absent: no recom_db in this process). */
  wardrobes?: Pick<WardrobeRepository, 'deleteMembers'>;
  storage: ObjectStorage;
  settings: MemberSettings;
  /** Signs the link, recovery and upload tokens (the same secret as the access tokens). */
  authSecret: string;
  /** Injected so tests can move time (throttle windows, the 30-day recovery period). */
  clock: () => Date;
  log: (message: string, error?: unknown) => void;
}
