'use client';

import type { LayeringPair } from '@scentence/api/schemas';
import { OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

type Share = { key: string; share: number };

function ShareChips({
  title,
  shares,
  labels,
}: {
  title: string;
  shares: Share[];
  labels: readonly { key: string; ko: string; en: string }[];
}) {
  const { locale, t } = useI18n();
  if (shares.length === 0) return null;
  return (
    <div className="layering-when__group">
      <h4 className="layering-when__title">{title}</h4>
      <ul className="chips">
        {shares.map(({ key, share }) => {
          const label = labels.find((entry) => entry.key === key);
          return (
            <li key={key} className="layering-tag" data-testid="wear-when" data-key={key} data-share={share}>
              {t.layering.pair.share(label ? labelIn(locale, label) : key, share)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The seasons and occasions both perfumes suit, best first. */
export function WearWhen({ when }: { when: LayeringPair['when'] }) {
  const { locale, t } = useI18n();
  const text = t.layering.pair;
  const titleId = useId();
  return (
    <section className="layering-section" aria-labelledby={titleId} data-testid="pair-when">
      <h3 id={titleId} className="layering-section__title">
        {text.when}
      </h3>
      <p>{when.text[locale] || text.noneShared}</p>
      <ShareChips title={text.seasons} shares={when.seasons} labels={SEASONS} />
      <ShareChips title={text.occasions} shares={when.occasions} labels={OCCASIONS} />
    </section>
  );
}
