'use client';

import type { PerfumeSummary } from '@scentence/api/schemas';
import Link from 'next/link';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { WardrobeButton } from '../wardrobe/WardrobeButton';

const PICTURE_SIZE = 132;

/** One side of the pair: its bottle, its names (to its page) and "add to wardrobe". */
export function PairPerfume({ perfume, testId }: { perfume: PerfumeSummary; testId: string }) {
  const { locale } = useI18n();
  return (
    <div className="pair-perfume" data-testid={testId} data-perfume-id={perfume.id}>
      <PerfumePicture perfume={perfume} locale={locale} size={PICTURE_SIZE} className="pair-perfume__picture" />
      <p className="pair-perfume__brand">{brandIn(locale, perfume)}</p>
      <h3 className="pair-perfume__name">
        <Link href={`/perfumes/${perfume.id}`}>{perfume.name}</Link>
      </h3>
      {locale === 'ko' && perfume.nameKo && perfume.nameKo !== perfume.name ? (
        <p className="pair-perfume__name-ko">{perfume.nameKo}</p>
      ) : null}
      <WardrobeButton perfume={perfume} variant="page" />
    </div>
  );
}
