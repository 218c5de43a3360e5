import type { ChatCandidateFilters } from '@scentence/db';
import type { ChatCatalogIndex } from './chatCatalogIndex';
import type { Constraints } from './constraints';

/** Every brand row's name of the houses (the catalog may spell one house several ways). */
function brandRows(keys: readonly string[], catalog: ChatCatalogIndex): string[] {
  return keys.flatMap((key) => catalog.house(key)?.brands ?? []);
}

/**
 * The database filters for one step of constraints, leaving out `excludeIds`; null when the step
 * cannot match anything (it asks for houses the catalog does not have).
 */
export function candidateFilters(
  constraints: Constraints,
  catalog: ChatCatalogIndex,
  excludeIds: readonly number[],
): ChatCandidateFilters | null {
  const brands = brandRows(constraints.brands, catalog);
  if (constraints.brands.length > 0 && brands.length === 0) return null;
  const accordGroups = [
    ...(constraints.accordsMode === 'any' && constraints.accords.length > 0 ? [constraints.accords] : []),
    ...(constraints.moodAccords.length > 0 ? [constraints.moodAccords] : []),
  ];
  return {
    ...(constraints.genders && { genders: constraints.genders }),
    ...(constraints.season && { season: constraints.season }),
    ...(constraints.occasion && { occasion: constraints.occasion }),
    accords: constraints.accordsMode === 'all' ? constraints.accords : [],
    accordGroups,
    excludeAccords: constraints.excludeAccords,
    notes: constraints.notes,
    notesMode: constraints.notesMode,
    excludeNotes: constraints.excludeNotes,
    brands,
    excludeBrands: brandRows(constraints.excludeBrands, catalog),
    excludeIds: [...excludeIds],
  };
}
