'use client';

import type { ScentTypeCard } from '@scentence/api/schemas';
import Link from 'next/link';
import { useId, useState } from 'react';
import { TitledSection } from '../components/TitledSection';
import { useI18n } from '../i18n/I18nProvider';
import { scentmapTrpc } from '../trpc/scentmapClient';
import { ScentTypeCardView } from './ScentTypeCardView';
import { scentTypeImagePath, scentTypePagePath } from './scentTypeLinks';

interface ScentTypeResultProps {
  card: ScentTypeCard;
  linkId: string;
  copied: boolean;
  onCopied: () => void;
}

/** The card made: the card itself, its PNG and page, and its link to copy. */
function ScentTypeResult({ card, linkId, copied, onCopied }: ScentTypeResultProps) {
  const { t, locale } = useI18n();
  const text = t.map.scentType;
  const shareUrl =
    typeof window !== 'undefined' ? new URL(scentTypePagePath(card.id), window.location.origin).href : '';
  return (
    <div className="scent-map__card-result">
      <ScentTypeCardView card={card} locale={locale} />
      <div className="scent-map__card-actions">
        <a
          className="button"
          href={scentTypeImagePath(card.id, locale)}
          download={text.fileName}
          data-testid="scent-type-download"
        >
          {text.download}
        </a>
        <Link className="button button--quiet" href={scentTypePagePath(card.id)} data-testid="scent-type-page">
          {text.openPage}
        </Link>
      </div>
      <div className="scent-map__share">
        <label htmlFor={linkId}>{text.shareLink}</label>
        <div className="scent-map__share-row">
          <input
            id={linkId}
            className="scent-map__input"
            readOnly
            value={shareUrl}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="scent-type-link"
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              void navigator.clipboard?.writeText(shareUrl).then(onCopied);
            }}
          >
            {text.copy}
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {copied ? text.copied : ''}
        </p>
      </div>
    </div>
  );
}

/**
 * "나의 향 유형 카드": made by the service from the perfumes explored on this visit (and, for a
 * member who allows it, the wardrobe), then downloaded as a PNG or shared by its link.
 */
export function ScentTypeMaker({ explored }: { explored: readonly number[] }) {
  const { t } = useI18n();
  const text = t.map.scentType;
  const titleId = useId();
  const create = scentmapTrpc.scentType.create.useMutation();
  const [copied, setCopied] = useState(false);
  const card = create.data;

  return (
    <TitledSection
      titleId={titleId}
      title={text.title}
      className="scent-map__panel scent-map__scent-type"
      titleClassName="scent-map__panel-title"
      testId="scent-type"
    >
      <p className="scent-map__muted">{text.intro}</p>
      <p className="scent-map__muted" data-testid="scent-type-explored" data-count={explored.length}>
        {text.explored(explored.length)}
      </p>
      <button
        type="button"
        className="button"
        disabled={create.isPending}
        onClick={() => {
          setCopied(false);
          create.mutate({ explored: [...explored] });
        }}
        data-testid="scent-type-create"
      >
        {create.isPending ? text.creating : card ? text.remake : text.create}
      </button>
      <div aria-live="polite">
        {create.isError ? (
          <p className="notice notice--error" role="alert">
            {text.failed}
          </p>
        ) : null}
        {card ? (
          <ScentTypeResult card={card} linkId={`${titleId}-link`} copied={copied} onCopied={() => setCopied(true)} />
        ) : null}
      </div>
    </TitledSection>
  );
}
