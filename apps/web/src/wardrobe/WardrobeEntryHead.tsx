'use client';

import type { WardrobeEntry } from '@scentence/api/schemas';
import Link from 'next/link';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../members/formatDate';

interface WardrobeEntryHeadProps {
  entry: WardrobeEntry;
  /** The id of the perfume's name, which labels the whole entry. */
  nameId: string;
}

/** The entry's brand, name (a link to the perfume), Korean name, and when and how it was added. */
export function WardrobeEntryHead({ entry, nameId }: WardrobeEntryHeadProps) {
  const { locale, t } = useI18n();
  const { perfume } = entry;
  return (
    <header className="wardrobe-entry__head">
      <p className="wardrobe-entry__brand">{brandIn(locale, perfume)}</p>
      <h3 className="wardrobe-entry__name" id={nameId}>
        <Link href={`/perfumes/${perfume.id}`} data-testid="wardrobe-entry-link">
          {perfume.name}
        </Link>
      </h3>
      {perfume.nameKo && perfume.nameKo !== perfume.name ? (
        <p className="wardrobe-entry__alt" lang="ko">
          {perfume.nameKo}
        </p>
      ) : null}
      <p className="wardrobe-entry__meta">
        {t.wardrobe.entry.addedOn(formatDate(entry.addedAt, locale))} · {t.wardrobe.sources[entry.source]}
      </p>
    </header>
  );
}
