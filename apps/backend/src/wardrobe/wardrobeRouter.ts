import { router } from '@scentence/api';
import type { TRPCRouterRecord } from '@trpc/server';
import { entryProcedures } from './entryProcedures';
import { fileProcedures } from './fileProcedures';
import { tasteProcedures } from './tasteProcedures';
import type { WardrobeDependencies } from './wardrobeDependencies';
import { wardrobeServicesGetter } from './wardrobeServices';

/**
 * `wardrobe.*`: the signed-in member's perfume wardrobe, taste profile, "for you", and export and
 * import. Absent dependencies (no recom_db in this process) answer 503.
 */
export function createWardrobeRouter(deps: WardrobeDependencies | undefined) {
  const services = wardrobeServicesGetter(deps);
  const entries = entryProcedures(() => services().entries);
  const taste = tasteProcedures(services);
  const files = fileProcedures(() => services().files);
  return router({
    list: entries.list,
    entry: entries.entry,
    save: entries.save,
    update: entries.update,
    useUp: entries.useUp,
    remove: entries.remove,
    status: entries.status,
    settings: taste.settings,
    updateSettings: taste.updateSettings,
    taste: taste.taste,
    forYou: taste.forYou,
    export: files.export,
    import: files.import,
  } satisfies TRPCRouterRecord);
}
