import { forYouInputSchema, forYouSchema, tasteProfileSchema, wardrobeSettingsSchema } from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { wardrobeProcedure } from './wardrobeProcedure';
import type { WardrobeServices } from './wardrobeServices';

const tags = ['wardrobe'];

/** The member's switch, the taste profile drawn from the wardrobe, and recommendations from it. */
export function tasteProcedures(services: () => WardrobeServices) {
  return {
    settings: wardrobeProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/wardrobe/settings',
          tags,
          summary: 'Whether my wardrobe shapes recommendations',
        },
      })
      .input(z.object({}))
      .output(wardrobeSettingsSchema)
      .query(({ ctx }) => services().entries.settings(ctx.memberId)),

    updateSettings: wardrobeProcedure
      .meta({
        openapi: {
          method: 'PUT',
          path: '/wardrobe/settings',
          tags,
          summary: 'Use my wardrobe for recommendations, or not',
          description:
            'Off: nothing personal is used anywhere (the taste profile is empty and "for you" answers `disabled`)',
        },
      })
      .input(wardrobeSettingsSchema)
      .output(wardrobeSettingsSchema)
      .mutation(({ ctx, input }) => services().entries.saveSettings(ctx.memberId, input)),

    taste: wardrobeProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/wardrobe/taste',
          tags,
          summary: 'My taste profile: accords, notes, seasons and gender lean of what I like',
          description:
            'Each entry weighs preference (good 2, neutral 0, bad −3) × state (have 1, had 0.5, wish 0.7), × 1.2 for the ten newest; empty when nothing is liked or the wardrobe is not used for recommendations',
        },
      })
      .input(z.object({}))
      .output(tasteProfileSchema)
      .query(({ ctx }) => services().entries.taste(ctx.memberId)),

    forYou: wardrobeProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/wardrobe/for-you',
          tags,
          summary: 'Perfumes for me, from my taste, each with why',
          description:
            'Nearest the taste in the space of similar perfumes, none already in the wardrobe, at most two per house; `basis` is `empty` with nothing liked yet and `disabled` when the wardrobe is not used for recommendations',
        },
      })
      .input(forYouInputSchema)
      .output(forYouSchema)
      .query(({ ctx, input }) => services().forYou(ctx.memberId, input.limit)),
  } satisfies TRPCRouterRecord;
}
