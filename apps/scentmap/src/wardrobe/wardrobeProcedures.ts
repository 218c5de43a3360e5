import { MessageError, operationDocs } from '@scentence/api';
import { type MapWardrobe, mapLayoutInputSchema, mapWardrobeSchema } from '@scentence/api/schemas';
import type { WardrobeTaste } from '@scentence/db';
import type { TRPCRouterRecord } from '@trpc/server';
import type { MapKeeper } from '../layout/mapKeeper';
import { MAP_NOT_READY_DOC, requireMap } from '../layout/requireMap';
import { positionOf } from '../layout/servedMap';
import { memberProcedure } from './memberProcedure';
import { tasteCentre } from './tasteCentre';

const docs = operationDocs('map');
const LEADING_ACCORDS = 3;

/** The wardrobe's taste reader, or a 503 when this process has no recom_db open. */
function requireTaste(taste: WardrobeTaste | undefined): WardrobeTaste {
  if (!taste) throw new MessageError({ code: 'SERVICE_UNAVAILABLE', key: 'mapWardrobeUnavailable' });
  return taste;
}

/** "My wardrobe on the map": the signed-in member's own perfumes and the centre of their taste. */
export function wardrobeProcedures(keeper: MapKeeper, taste: WardrobeTaste | undefined) {
  return {
    wardrobe: memberProcedure
      .meta(
        docs.get(
          '/map/wardrobe',
          'My wardrobe on the map: my perfumes with state and preference, and the centre of my taste',
          {
            description:
              'Only the signed-in member\'s own wardrobe. With "use my wardrobe" off nothing personal is shown (`enabled` false, empty lists)',
            errors: { 503: `${MAP_NOT_READY_DOC} The wardrobe cannot be read (\`mapWardrobeUnavailable\`).` },
          },
        ),
      )
      .input(mapLayoutInputSchema)
      .output(mapWardrobeSchema)
      .query(async ({ ctx, input }): Promise<MapWardrobe> => {
        const map = requireMap(keeper);
        const memberTaste = await requireTaste(taste).tasteProfileOf(ctx.memberId);
        if (!memberTaste.enabled) {
          return { layout: input.layout, enabled: false, items: [], centre: null, leadingAccords: [] };
        }
        const at = (perfumeId: number) => positionOf(map, perfumeId, input.layout);
        return {
          layout: input.layout,
          enabled: true,
          items: memberTaste.entries.flatMap((entry) => {
            const position = at(entry.perfumeId);
            return position
              ? [{ perfumeId: entry.perfumeId, state: entry.state, preference: entry.preference, position }]
              : [];
          }),
          centre: tasteCentre(memberTaste.weights, at),
          leadingAccords: memberTaste.profile.accords.slice(0, LEADING_ACCORDS).map((accord) => accord.key),
        };
      }),
  } satisfies TRPCRouterRecord;
}
