'use client';

import { SUGGEST_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import { brandIn, noteNameIn, slugAsName } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';

const A_DAY_MS = 24 * 60 * 60_000;

/** Names for note slugs in the reader's language (the slug, made readable, until they load). */
export function useNoteLabels(slugs: readonly string[]): Map<string, string> {
  const { locale } = useI18n();
  const notes = trpc.useQueries((t) =>
    slugs.map((slug) => t.catalog.note({ slug, limit: 1 }, { staleTime: A_DAY_MS, retry: false })),
  );
  return new Map(
    slugs.map((slug, index) => {
      const note = notes[index]?.data?.note;
      return [slug, note ? noteNameIn(locale, note) : slugAsName(slug)];
    }),
  );
}

/** A brand's name in the reader's language, found through the suggestions (its catalog name until then). */
export function useBrandLabel(brand: string | null): string | null {
  const { locale } = useI18n();
  const found = trpc.perfume.suggest.useQuery(
    { q: (brand ?? '').slice(0, SUGGEST_TEXT_MAX_LENGTH), limit: 5 },
    { enabled: brand !== null, staleTime: A_DAY_MS },
  );
  if (brand === null) return null;
  const match = found.data?.brands.find((entry) => entry.name.toLowerCase() === brand.toLowerCase());
  return match ? brandIn(locale, { brand: match.name, brandKo: match.nameKo }) : brand;
}
