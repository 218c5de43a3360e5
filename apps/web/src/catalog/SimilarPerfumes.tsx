import type { SimilarPerfumes as SimilarPerfumesData } from '@scentence/api/schemas';
import { PerfumeCardGrid } from '../components/PerfumeCardGrid';
import { dictionaryOf, type Locale } from '../i18n/locale';
import { similarityPercent } from './names';
import { similarityReason } from './similarityReason';

/** Perfumes that smell alike, each with how alike and why (the accords and notes they share). */
export function SimilarPerfumes({ similar, locale }: { similar: SimilarPerfumesData; locale: Locale }) {
  const t = dictionaryOf(locale);
  if (similar.items.length === 0) return <p className="muted">{t.perfumePage.similarEmpty}</p>;
  return (
    <PerfumeCardGrid
      items={similar.items}
      locale={locale}
      testId="similar-perfumes"
      cardTestId="similar-perfume"
      footerOf={(item) => {
        const reason = similarityReason(locale, item);
        return (
          <>
            <span className="perfume-card__similarity" data-testid="similarity">
              {t.catalog.similarity(similarityPercent(item.similarity))}
            </span>
            {reason ? <p data-testid="similarity-reason">{reason}</p> : null}
          </>
        );
      }}
    />
  );
}
