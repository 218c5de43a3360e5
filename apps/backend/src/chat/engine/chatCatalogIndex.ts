import type { CatalogNameRow } from '@scentence/db';
import type { CatalogHouse, CatalogIndex } from '../../perfume/catalogIndex';

/** The search's catalog index, with the look-ups the chat needs: a perfume's names by id, a house by key. */
export interface ChatCatalogIndex {
  index: CatalogIndex;
  perfume(id: number): CatalogNameRow | undefined;
  /** The identity key of a perfume's house. */
  houseKeyOf(id: number): string | undefined;
  house(key: string): CatalogHouse | undefined;
}

const built = new WeakMap<CatalogIndex, ChatCatalogIndex>();

/** Built once per catalog index (the index is rebuilt when the catalog changes). */
export function chatCatalogIndexOf(index: CatalogIndex): ChatCatalogIndex {
  const existing = built.get(index);
  if (existing) return existing;
  const byId = new Map(index.names.perfumes.map((perfume) => [perfume.id, perfume]));
  const houseById = new Map(index.names.perfumes.map((perfume, at) => [perfume.id, index.names.brandKeys[at]!]));
  const chat: ChatCatalogIndex = {
    index,
    perfume: (id) => byId.get(id),
    houseKeyOf: (id) => houseById.get(id),
    house: (key) => index.houses.get(key),
  };
  built.set(index, chat);
  return chat;
}
