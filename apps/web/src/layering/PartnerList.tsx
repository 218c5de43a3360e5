'use client';

import type { LayeringPartner, LayeringPartners } from '@scentence/api/schemas';
import Link from 'next/link';
import { PerfumeCard } from '../components/PerfumeCard';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { layeringHref } from './layeringUrl';
import { verdictLabel } from './verdictLabel';

interface PartnerListProps {
  perfumeId: number;
  partners: LayeringPartners | null;
  /** The mood words asked for ('' for none): the list shown may still be the previous mood's while it loads. */
  asked: string;
  loading: boolean;
  source: LayeringPartners['source'];
}

function PartnerFooter({ perfumeId, partner }: { perfumeId: number; partner: LayeringPartner }) {
  const { locale, t } = useI18n();
  const text = t.layering;
  const [highlight] = partner.highlights;
  return (
    <div className="perfume-card__footer partner-footer">
      <p className="partner-footer__verdict">
        <span className={`verdict-badge verdict-badge--${partner.verdict}`} data-testid="partner-verdict">
          {verdictLabel(partner.verdict, locale)}
        </span>
        <span className="partner-footer__score" data-testid="partner-score">
          {text.pair.scoreValue(partner.score)}
        </span>
        {partner.contrast ? <span className="layering-tag layering-tag--contrast">{text.pair.contrast}</span> : null}
      </p>
      {highlight ? <p className="partner-footer__reason">{highlight.text[locale]}</p> : null}
      {partner.moodFit !== null ? (
        <p className="partner-footer__mood" data-testid="partner-mood-fit">
          {text.partners.moodFit(partner.moodFit)}
        </p>
      ) : null}
      <Link
        href={layeringHref({ a: perfumeId, b: partner.perfume.id })}
        className="partner-footer__pair"
        data-testid="partner-pair-link"
      >
        {text.partners.seePair}
      </Link>
    </div>
  );
}

/** The partners found, best first, each linking to its perfume page and to the pair's analysis. */
export function PartnerList({ perfumeId, partners, asked, loading, source }: PartnerListProps) {
  const { locale, t } = useI18n();
  const text = t.layering.partners;
  if (!partners) {
    return (
      <p className="layering-loading" aria-busy="true" data-testid="partners-loading">
        {t.layering.loading}
      </p>
    );
  }
  const understood = partners.mood?.understood ?? [];
  const stale = loading && (partners.mood?.text ?? '') !== asked;
  return (
    <div className="partner-results">
      <p className="layering-section__hint" role="status">
        {understood.length > 0
          ? text.understood(
              understood
                .map((term) => (term.negated ? text.negated(labelIn(locale, term.label)) : labelIn(locale, term.label)))
                .join(', '),
            )
          : asked && !stale
            ? text.notUnderstood
            : ''}
      </p>
      {partners.items.length === 0 ? (
        <p className="notice" data-testid="partners-empty">
          {source === 'wardrobe' ? text.emptyWardrobe : text.empty}
        </p>
      ) : (
        <ul
          className={`perfume-grid${stale ? ' perfume-grid--stale' : ''}`}
          aria-busy={stale}
          data-testid="partner-list"
          data-source={partners.source}
          data-mood={partners.mood?.text ?? ''}
        >
          {partners.items.map((partner) => (
            <li key={partner.perfume.id}>
              <PerfumeCard
                perfume={partner.perfume}
                locale={locale}
                testId="partner"
                footer={<PartnerFooter perfumeId={perfumeId} partner={partner} />}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="layering-section__hint">{text.considered(partners.considered)}</p>
    </div>
  );
}
