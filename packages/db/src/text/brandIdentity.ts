import { brandIdentityKey, canonicalBrand } from '@scentence/domain/names';

/** A house as the catalog stores it: one brand row per identity, under its canonical spelling. */
export interface BrandIdentity {
  /** Equal for every spelling of one house ("Christian Dior", "Dior", "디올" → "dior"). */
  key: string;
  /** The name the brand row gets: the alias table's spelling of a known house, else the one given. */
  name: string;
  nameKo: string | null;
}

/**
 * The house a brand spelling names (the alias table of @scentence/domain, in either script), so
 * that "Christian Dior" and "Dior", "By Kilian" and "Kilian Paris" land on one brand row. An
 * unknown house is itself, whatever its spacing and accents.
 */
export function brandIdentity(name: string, nameKo?: string | null): BrandIdentity {
  const known = canonicalBrand(name) ?? (nameKo ? canonicalBrand(nameKo) : null);
  if (known) return { key: known.key, name: known.name, nameKo: nameKo ?? known.nameKo };
  return { key: brandIdentityKey(name), name, nameKo: nameKo ?? null };
}
