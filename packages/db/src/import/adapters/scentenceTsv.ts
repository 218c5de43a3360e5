import { readHeaderedRows } from '../delimitedReader';
import { concentrationOf } from '../mappings/concentration';
import { parfumoAccordStrengths } from '../mappings/parfumoAccords';
import { genderFromVotes, parfumoOccasions, parfumoSeasons } from '../mappings/votes';
import { recordNotes, splitNoteList } from '../notes';
import { cleanSourceText, firstLine } from '../sourceText';
import type { CatalogAdapter, ImportRow } from '../types';
import { parseVoteCounts } from '../voteCounts';
import { cellIdentity, countOf, finishRow, imageUrlOf, perfumersOf } from './recordParts';

const REQUIRED_COLUMNS = ['perfume_id', 'perfume', 'brand', 'accord', 'top_note', 'middle_note', 'base_note'] as const;
const VOTE_COLUMNS = ['accord', 'audience', 'season', 'occasion'] as const;

function headerOf(head: string): string[] {
  return firstLine(head)
    .split('\t')
    .map((name) => name.trim().toLowerCase());
}

function scentenceRow(line: number, cell: (column: string) => string): ImportRow {
  const votes: Partial<Record<(typeof VOTE_COLUMNS)[number], Record<string, number>>> = {};
  for (const column of VOTE_COLUMNS) {
    const parsed = parseVoteCounts(cell(column));
    if (!parsed) return { line, error: `${column}: not a dict of vote counts` };
    votes[column] = parsed;
  }
  const audience = votes.audience ?? {};
  const identity = cellIdentity(cell, 'release_year');
  const concentrationLabel = cleanSourceText(cell('concentration'));
  return finishRow(
    line,
    {
      ...identity,
      concentration: concentrationOf(concentrationLabel),
      perfumers: perfumersOf(cell('perfumer')),
      gender: genderFromVotes(countOf(audience.Feminine), countOf(audience.Masculine)),
      imageUrl: imageUrlOf(cell('img')),
      notes: recordNotes({
        top: splitNoteList(cell('top_note')),
        middle: splitNoteList(cell('middle_note')),
        base: splitNoteList(cell('base_note')),
      }),
      accords: parfumoAccordStrengths(votes.accord ?? {}),
      seasons: parfumoSeasons(votes.season ?? {}),
      occasions: parfumoOccasions(votes.occasion ?? {}),
      longevity: null,
      sillage: null,
      popularity: Math.round(countOf(cell('total_votes'))),
      source: 'parfumo',
    },
    [concentrationLabel, identity.year ? `(${identity.year})` : null],
  );
}

/** The original Scentence catalog (`perfume_info_updated.tsv`, crawled from Parfumo). */
export const scentenceTsvAdapter: CatalogAdapter = {
  format: 'scentence-tsv',
  expects:
    'Scentence TSV: tab-separated with a header row perfume_id, perfume, brand, release_year, …, accord, audience, season, occasion, top_note, middle_note, base_note, …',
  detect(_path, head) {
    const header = headerOf(head);
    return REQUIRED_COLUMNS.every((column) => header.includes(column));
  },
  parse: (text) => readHeaderedRows(text, '\t', 'tab', scentenceRow),
};
