import { TRPCError } from '@trpc/server';
import { createForYou } from './forYou';
import type { WardrobeDependencies } from './wardrobeDependencies';
import { createWardrobeFiles } from './wardrobeFiles';
import { createWardrobeService } from './wardrobeService';

export function createWardrobeServices(deps: WardrobeDependencies) {
  const entries = createWardrobeService(deps);
  return { entries, forYou: createForYou(deps), files: createWardrobeFiles(deps, entries) };
}

export type WardrobeServices = ReturnType<typeof createWardrobeServices>;

/**
 * The wardrobe services, or a getter that answers 503 when this process has no recom_db open:
 * the routes exist either way.
 */
export function wardrobeServicesGetter(deps: WardrobeDependencies | undefined): () => WardrobeServices {
  const services = deps ? createWardrobeServices(deps) : null;
  return () => {
    if (!services) {
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The wardrobe database is not available' });
    }
    return services;
  };
}
