'use client';

import type { ChatPerfumeCard as Card } from '@scentence/api/schemas';
import Link from 'next/link';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { WardrobeButton } from '../wardrobe/WardrobeButton';

const PICTURE_SIZE = 104;

/** A recommended perfume inside an answer: why it fits, its page, "위시에 담기" and "레이어링 해보기". */
export function ChatPerfumeCard({ card }: { card: Card }) {
  const { locale, t } = useI18n();
  const text = t.chat.card;
  const { perfume } = card;
  const otherName = perfume.nameKo && perfume.nameKo !== perfume.name ? perfume.nameKo : null;
  const reasons = card.reasons.map((reason) => reason[locale]).filter((reason) => reason.length > 0);
  return (
    <article className="chat-card" data-testid="chat-card" data-perfume-id={perfume.id}>
      <PerfumePicture perfume={perfume} locale={locale} size={PICTURE_SIZE} className="chat-card__picture" />
      <div className="chat-card__body">
        <p className="chat-card__brand" data-testid="chat-card-brand">
          {brandIn(locale, perfume)}
        </p>
        <h3 className="chat-card__name">
          <Link href={card.href} className="chat-card__link" data-testid="chat-card-link">
            {perfume.name}
          </Link>
        </h3>
        {otherName ? (
          <p className="chat-card__name-other" lang="ko">
            {otherName}
          </p>
        ) : null}
        {reasons.length > 0 ? (
          <>
            <p className="visually-hidden">{text.reasons}</p>
            <ul className="chat-card__reasons" data-testid="chat-card-reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="chat-card__actions">
          <WardrobeButton
            perfume={perfume}
            variant="page"
            quickSave={{ state: card.save.state, source: card.save.source, label: text.save }}
          />
          <Link href={card.layerHref} className="chat-card__layer" data-testid="chat-card-layer">
            {text.layer}
            <span className="visually-hidden"> · {`${brandIn(locale, perfume)} ${perfume.name}`}</span>
          </Link>
        </div>
      </div>
    </article>
  );
}
