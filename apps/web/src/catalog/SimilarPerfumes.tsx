import type { SimilarPerfumes as SimilarPerfumesData } from '@scentence/api/schemas';
import { PerfumeCard } from '../components/PerfumeCard';
import { dictionaryOf, type Locale } from '../i18n/locale';
import { similarityPercent } from './names';
import { similarityReason } from './similarityReason';

/** Perfumes that smell alike, each with how alike and why (the accords and notes they share). */
export function SimilarPerfumes({ similar, locale }: { similar: SimilarPerfumesData; locale: Locale }) {
  const t = dictionaryOf(locale);
  if (similar.items.length === 0) return <p className="muted">{t.perfumePage.similarEmpty}</p>;
  return (
    <ul className="perfume-grid" data-testid="similar-perfumes">
      {similar.items.map((item) => {
        const reason = similarityReason(locale, item);
        return (
          <li key={item.perfume.id}>
            <PerfumeCard
              perfume={item.perfume}
              locale={locale}
              testId="similar-perfume"
              footer={
                <div className="perfume-card__footer">
                  <span className="perfume-card__similarity" data-testid="similarity">
                    {t.catalog.similarity(similarityPercent(item.similarity))}
                  </span>
                  {reason ? <p data-testid="similarity-reason">{reason}</p> : null}
                </div>
              }
            />
          </li>
        );
      })}
    </ul>
  );
}
