import { CHAT_PICKS_DEFAULT, type ChatRequest } from '@scentence/api/schemas';
import { MOODS } from '@scentence/domain/intent';
import type { ChatCatalogIndex } from './chatCatalogIndex';
import type { RequestState } from './dialogueState';

/** The request as the wire shows it: the keys with their labels and names. */
export function understoodOf(request: RequestState, catalog: ChatCatalogIndex): ChatRequest {
  const note = (slug: string) => {
    const found = catalog.index.notes.get(slug);
    return { slug, name: found?.name ?? slug, nameKo: found?.nameKo ?? null };
  };
  const house = (key: string) => {
    const found = catalog.house(key);
    return { key, name: found?.name ?? key, nameKo: found?.nameKo ?? null };
  };
  const reference = request.reference === null ? undefined : catalog.perfume(request.reference);
  return {
    recipient: request.recipient,
    relation: request.relation,
    gender: request.gender,
    season: request.season,
    occasion: request.occasion,
    moods: request.moods
      .filter((wish) => wish.weight > 0)
      .flatMap((wish) => {
        const mood = MOODS.find((entry) => entry.key === wish.key);
        return mood ? [{ key: mood.key, ko: mood.ko, en: mood.en }] : [];
      }),
    accords: [...request.accords],
    excludeAccords: [...request.excludeAccords],
    notes: request.notes.map(note),
    excludeNotes: request.excludeNotes.map(note),
    brands: request.brands.map(house),
    excludeBrands: request.excludeBrands.map(house),
    reference: reference
      ? {
          id: reference.id,
          brand: reference.brand,
          brandKo: reference.brandKo,
          name: reference.name,
          nameKo: reference.nameKo,
        }
      : null,
    count: request.count ?? CHAT_PICKS_DEFAULT,
  };
}
