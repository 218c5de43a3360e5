import type { Label } from '@scentence/api/vocabulary';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';

interface ShareBarsProps<K extends string> {
  shares: readonly { key: K; share: number }[];
  /** The vocabulary, in the order to show it (SEASONS, OCCASIONS). */
  options: readonly Label<K>[];
  locale: Locale;
  testId: string;
}

/** How well a perfume suits each season or occasion, the best fit at 100; unvoted ones are left out. */
export function ShareBars<K extends string>({ shares, options, locale, testId }: ShareBarsProps<K>) {
  const t = dictionaryOf(locale).perfumePage;
  const rows = options
    .map((option) => ({ option, share: shares.find((entry) => entry.key === option.key)?.share }))
    .filter((row): row is { option: Label<K>; share: number } => row.share !== undefined);
  if (rows.length === 0) return <p className="muted">{t.noVotes}</p>;
  return (
    <ul className="share-bars" data-testid={testId}>
      {rows.map(({ option, share }) => {
        const label = labelIn(locale, option);
        const best = share >= 100;
        return (
          <li
            key={option.key}
            className={`share-bar${best ? ' share-bar--best' : ''}`}
            data-testid="share-bar"
            data-key={option.key}
            data-share={share}
          >
            <span className="share-bar__label" aria-hidden="true">
              {label}
            </span>
            <span className="visually-hidden">{t.share(label, share)}</span>
            <span className="share-bar__track" aria-hidden="true">
              <span className="share-bar__fill" style={{ width: `${Math.max(3, Math.min(100, share))}%` }} />
            </span>
            <span className="share-bar__value" aria-hidden="true">
              {share}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
