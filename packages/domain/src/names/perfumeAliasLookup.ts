import { compactKey } from '../text/foldForMatch';
import { brandIdentityKey } from './canonicalBrand';
import { PERFUME_ALIASES } from './perfumeAliases';

function perfumeIdentity(brandKey: string, nameKey: string): string {
  return `${brandKey}\u0000${nameKey}`;
}

const aliasesByPerfume = new Map<string, string[]>();
for (const entry of PERFUME_ALIASES) {
  const identity = perfumeIdentity(brandIdentityKey(entry.brand), compactKey(entry.name));
  aliasesByPerfume.set(identity, [...(aliasesByPerfume.get(identity) ?? []), ...entry.aliases]);
}

/** The other names of one perfume, from its house's identity key and its own name. */
export function perfumeAliases(brandKey: string, name: string): readonly string[] {
  return aliasesByPerfume.get(perfumeIdentity(brandKey, compactKey(name))) ?? [];
}
