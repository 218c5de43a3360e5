import { operationDocs } from '@scentence/api';
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
import { tokenMemberProcedure } from '../member/shared/tokenMemberProcedure';
import { NO_SUCH_PERFUME, NOT_IN_WARDROBE } from './wardrobeErrors';
import type { WardrobeServices } from './wardrobeServices';

const docs = operationDocs('wardrobe');
const ENTRY_PATH = '/wardrobe/perfumes/{perfumeId}';

type Entries = () => WardrobeServices['entries'];

function listEntriesProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(docs.get('/wardrobe', 'My wardrobe: by state, searched, filtered and sorted, with counts per state'))
    .input(wardrobeListInputSchema)
    .output(wardrobeListSchema)
    .query(({ ctx, input }) => entries().list(ctx.memberId, input));
}

function oneEntryProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(docs.get(ENTRY_PATH, 'One perfume of my wardrobe', { errors: { 404: NOT_IN_WARDROBE } }))
    .input(wardrobePerfumeInputSchema)
    .output(wardrobeEntrySchema)
    .query(({ ctx, input }) => entries().entry(ctx.memberId, input.perfumeId));
}

function saveEntryProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(
      docs.put(ENTRY_PATH, 'Add a perfume to my wardrobe, or change its entry (one entry per perfume)', {
        description:
          'Adds the perfume as have, wish or had with a preference, rating and memo; saving it again changes the one entry (the date added and the source stay). A rating or memo left out keeps what the entry had',
        errors: { 404: NO_SUCH_PERFUME },
      }),
    )
    .input(wardrobeSaveInputSchema)
    .output(wardrobeEntrySchema)
    .mutation(({ ctx, input }) => entries().save(ctx.memberId, input));
}

function updateEntryProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(
      docs.patch(ENTRY_PATH, 'Change the state, preference, rating or memo of a perfume in my wardrobe', {
        description: 'Changes only the fields given; a null rating clears it',
        errors: { 404: NOT_IN_WARDROBE },
      }),
    )
    .input(wardrobeUpdateInputSchema)
    .output(wardrobeEntrySchema)
    .mutation(({ ctx, input }) => entries().update(ctx.memberId, input));
}

function useUpEntryProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(
      docs.post(`${ENTRY_PATH}/use-up`, 'I used it up: the perfume moves to had, with how I liked it', {
        errors: { 404: NOT_IN_WARDROBE },
      }),
    )
    .input(wardrobeUseUpInputSchema)
    .output(wardrobeEntrySchema)
    .mutation(({ ctx, input }) => entries().useUp(ctx.memberId, input));
}

function removeEntryProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(docs.delete(ENTRY_PATH, 'Delete a perfume from my wardrobe for good', { errors: { 404: NOT_IN_WARDROBE } }))
    .input(wardrobePerfumeInputSchema)
    .output(wardrobeDeletedSchema)
    .mutation(({ ctx, input }) => entries().remove(ctx.memberId, input.perfumeId));
}

function entryStatusProcedure(entries: Entries) {
  return tokenMemberProcedure
    .meta(docs.get('/wardrobe/status', 'Which of these perfumes are in my wardrobe, and how (for cards)'))
    .input(wardrobeStatusInputSchema)
    .output(wardrobeStatusSchema)
    .query(({ ctx, input }) => entries().status(ctx.memberId, input.ids));
}

/** The signed-in member's entries: list, one, add or change, use up, delete, and the state of listed perfumes. */
export function entryProcedures(entries: Entries) {
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
