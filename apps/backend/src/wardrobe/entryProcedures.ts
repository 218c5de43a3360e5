import {
  wardrobeDeletedSchema,
  wardrobeEntrySchema,
  wardrobeListInputSchema,
  wardrobeListSchema,
  wardrobePerfumeInputSchema,
  wardrobeSaveInputSchema,
  wardrobeStatusInputSchema,
  wardrobeStatusSchema,
  wardrobeUpdateInputSchema,
  wardrobeUseUpInputSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { NO_SUCH_PERFUME, NOT_IN_WARDROBE } from './wardrobeErrors';
import { wardrobeProcedure } from './wardrobeProcedure';
import type { WardrobeServices } from './wardrobeServices';

const tags = ['wardrobe'];
const ENTRY_PATH = '/wardrobe/perfumes/{perfumeId}';

type Entries = () => WardrobeServices['entries'];

function listEntriesProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/wardrobe',
        tags,
        summary: 'My wardrobe: by state, searched, filtered and sorted, with counts per state',
      },
    })
    .input(wardrobeListInputSchema)
    .output(wardrobeListSchema)
    .query(({ ctx, input }) => entries().list(ctx.memberId, input));
}

function oneEntryProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: { method: 'GET', path: ENTRY_PATH, tags, summary: 'One perfume of my wardrobe' },
      errors: { 404: NOT_IN_WARDROBE },
    })
    .input(wardrobePerfumeInputSchema)
    .output(wardrobeEntrySchema)
    .query(({ ctx, input }) => entries().entry(ctx.memberId, input.perfumeId));
}

function saveEntryProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: ENTRY_PATH,
        tags,
        summary: 'Add a perfume to my wardrobe, or change its entry (one entry per perfume)',
        description:
          'Adds the perfume as have, wish or had with a preference, rating and memo; saving it again changes the one entry (the date added and the source stay). A rating or memo left out keeps what the entry had',
      },
      errors: { 404: NO_SUCH_PERFUME },
    })
    .input(wardrobeSaveInputSchema)
    .output(wardrobeEntrySchema)
    .mutation(({ ctx, input }) => entries().save(ctx.memberId, input));
}

function updateEntryProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: ENTRY_PATH,
        tags,
        summary: 'Change the state, preference, rating or memo of a perfume in my wardrobe',
        description: 'Changes only the fields given; a null rating clears it',
      },
      errors: { 404: NOT_IN_WARDROBE },
    })
    .input(wardrobeUpdateInputSchema)
    .output(wardrobeEntrySchema)
    .mutation(({ ctx, input }) => entries().update(ctx.memberId, input));
}

function useUpEntryProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: `${ENTRY_PATH}/use-up`,
        tags,
        summary: 'I used it up: the perfume moves to had, with how I liked it',
      },
      errors: { 404: NOT_IN_WARDROBE },
    })
    .input(wardrobeUseUpInputSchema)
    .output(wardrobeEntrySchema)
    .mutation(({ ctx, input }) => entries().useUp(ctx.memberId, input));
}

function removeEntryProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: { method: 'DELETE', path: ENTRY_PATH, tags, summary: 'Delete a perfume from my wardrobe for good' },
      errors: { 404: NOT_IN_WARDROBE },
    })
    .input(wardrobePerfumeInputSchema)
    .output(wardrobeDeletedSchema)
    .mutation(({ ctx, input }) => entries().remove(ctx.memberId, input.perfumeId));
}

function entryStatusProcedure(entries: Entries) {
  return wardrobeProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/wardrobe/status',
        tags,
        summary: 'Which of these perfumes are in my wardrobe, and how (for cards)',
      },
    })
    .input(wardrobeStatusInputSchema)
    .output(wardrobeStatusSchema)
    .query(({ ctx, input }) => entries().status(ctx.memberId, input.ids));
}

/** The signed-in member's entries: list, one, add or change, use up, delete, and the state of listed perfumes. */
export function entryProcedures(services: () => WardrobeServices) {
  const entries = () => services().entries;
  return {
    list: listEntriesProcedure(entries),
    entry: oneEntryProcedure(entries),
    save: saveEntryProcedure(entries),
    update: updateEntryProcedure(entries),
    useUp: useUpEntryProcedure(entries),
    remove: removeEntryProcedure(entries),
    status: entryStatusProcedure(entries),
  } satisfies TRPCRouterRecord;
}
