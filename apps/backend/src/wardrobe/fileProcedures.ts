import { operationDocs } from '@scentence/api';
import {
  wardrobeExportInputSchema,
  wardrobeExportSchema,
  wardrobeImportInputSchema,
  wardrobeImportResultSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { tokenMemberProcedure } from '../member/shared/tokenMemberProcedure';
import type { WardrobeServices } from './wardrobeServices';

const docs = operationDocs('wardrobe');

/** The wardrobe as a file, and a file back into the wardrobe. */
export function fileProcedures(files: () => WardrobeServices['files']) {
  return {
    export: tokenMemberProcedure
      .meta(
        docs.get('/wardrobe/export', 'My wardrobe as a CSV or JSON file', {
          description:
            'CSV: a header row, every cell quoted, UTF-8 with a byte-order mark for Excel. JSON: `format`, `version` and one entry per line. Perfumes are named by id and by brand and name, so the file survives a re-import of the catalog',
        }),
      )
      .input(wardrobeExportInputSchema)
      .output(wardrobeExportSchema)
      .query(({ ctx, input }) => files().export(ctx.memberId, input.format)),

    import: tokenMemberProcedure
      .meta(
        docs.post('/wardrobe/import', 'Bring an exported wardrobe file back in (all rows or none)', {
          description:
            'Every row is checked and its perfume found before anything is written; then all are written in one transaction. A perfume already in the wardrobe takes the state, preference, rating and memo of its row',
          errors: {
            400: 'Also when the file cannot be read (`issues` names `content`), or when rows are bad: `issues` names each, `rows.<line>` in CSV and `entries.<index>` in JSON, with the column when one value is at fault (`rows.3.state`); nothing is written then.',
          },
        }),
      )
      .input(wardrobeImportInputSchema)
      .output(wardrobeImportResultSchema)
      .mutation(({ ctx, input }) => files().import(ctx.memberId, input)),
  } satisfies TRPCRouterRecord;
}
