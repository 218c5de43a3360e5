import type { PerfumeSummary } from '@scentence/api/schemas';
import type { ReactNode } from 'react';
import type { Locale } from '../i18n/locale';
import { PerfumeCard } from './PerfumeCard';

interface PerfumeCardGridProps<Item extends { perfume: PerfumeSummary }> {
  items: readonly Item[];
  locale: Locale;
  /** The list's test id. */
  testId: string;
  /** Each card's test id. */
  cardTestId: string;
  /** What a card says under its accords about why the perfume is here. */
  footerOf: (item: Item) => ReactNode;
}

/** A grid of perfume cards, each with a line or two of why it was picked (similar perfumes, picks for you). */
export function PerfumeCardGrid<Item extends { perfume: PerfumeSummary }>({
  items,
  locale,
  testId,
  cardTestId,
  footerOf,
}: PerfumeCardGridProps<Item>) {
  return (
    <ul className="perfume-grid" data-testid={testId}>
      {items.map((item) => (
        <li key={item.perfume.id}>
          <PerfumeCard
            perfume={item.perfume}
            locale={locale}
            testId={cardTestId}
            footer={<div className="perfume-card__footer">{footerOf(item)}</div>}
          />
        </li>
      ))}
    </ul>
  );
}
