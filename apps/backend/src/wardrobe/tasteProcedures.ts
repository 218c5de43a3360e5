import { operationDocs } from '@scentence/api';
import { forYouInputSchema, forYouSchema, tasteProfileSchema, wardrobeSettingsSchema } from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { tokenMemberProcedure } from '../member/shared/tokenMemberProcedure';
import type { WardrobeServices } from './wardrobeServices';

const docs = operationDocs('wardrobe');

/** The member's switch, the taste profile drawn from the wardrobe, and recommendations from it. */
export function tasteProcedures(services: () => WardrobeServices) {
  return {
    settings: tokenMemberProcedure
      .meta(docs.get('/wardrobe/settings', 'Whether my wardrobe shapes recommendations'))
      .input(z.object({}))
      .output(wardrobeSettingsSchema)
      .query(({ ctx }) => services().entries.settings(ctx.memberId)),

    updateSettings: tokenMemberProcedure
      .meta(
        docs.put('/wardrobe/settings', 'Use my wardrobe for recommendations, or not', {
          description:
            'Off: nothing personal is used anywhere (the taste profile is empty and "for you" answers `disabled`)',
        }),
      )
      .input(wardrobeSettingsSchema)
      .output(wardrobeSettingsSchema)
      .mutation(({ ctx, input }) => services().entries.saveSettings(ctx.memberId, input)),

    taste: tokenMemberProcedure
      .meta(
        docs.get('/wardrobe/taste', 'My taste profile: accords, notes, seasons and gender lean of what I like', {
          description:
            'Each entry weighs preference (good 2, neutral 0, bad −3) × state (have 1, had 0.5, wish 0.7), × 1.2 for the ten newest; empty when nothing is liked or the wardrobe is not used for recommendations',
        }),
      )
      .input(z.object({}))
      .output(tasteProfileSchema)
      .query(({ ctx }) => services().entries.taste(ctx.memberId)),

    forYou: tokenMemberProcedure
      .meta(
        docs.get('/wardrobe/for-you', 'Perfumes for me, from my taste, each with why', {
          description:
            'Nearest the taste in the space of similar perfumes, none already in the wardrobe, at most two per house; `basis` is `empty` with nothing liked yet and `disabled` when the wardrobe is not used for recommendations',
        }),
      )
      .input(forYouInputSchema)
      .output(forYouSchema)
      .query(({ ctx, input }) => services().forYou(ctx.memberId, input.limit)),
  } satisfies TRPCRouterRecord;
}
