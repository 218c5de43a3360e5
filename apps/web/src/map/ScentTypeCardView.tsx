import type { ScentTypeCard } from '@scentence/api/schemas';
import Link from 'next/link';
import { lighten } from '../bottle/bottleColours';
import { PerfumeBottle } from '../bottle/PerfumeBottle';
import { brandIn } from '../catalog/names';
import { accordOf } from '../components/AccordBars';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';
import { perfumeNamesIn } from './perfumeNames';

const BOTTLE_SIZE = 132;

/** How far the accords' colours are washed towards white: dark ink reads on the darkest (leather, woody) at 7:1. */
const WASH = 0.6;

/** The card's wash: its leading accords' colours, strongest first, pale enough to write on. */
export function cardGradient(colours: readonly string[]): string {
  const stops = (colours.length > 0 ? colours : ['#f3e6ec']).map((colour) => lighten(colour, WASH));
  if (stops.length === 1) return `linear-gradient(135deg, ${stops[0]}, #ffffff)`;
  return `linear-gradient(135deg, ${stops.join(', ')})`;
}

/**
 * A scent type card: the persona's name and portrait in the reader's language (the other
 * language's name under it), the leading accords with their weights, and a perfume to try next.
 * No hooks: the map page and the share page both render it.
 */
export function ScentTypeCardView({ card, locale }: { card: ScentTypeCard; locale: Locale }) {
  const t = dictionaryOf(locale);
  const text = t.map.scentType;
  const other: Locale = locale === 'ko' ? 'en' : 'ko';
  const tryNext = card.tryNext;
  const names = tryNext ? perfumeNamesIn(locale, tryNext.perfume) : null;
  return (
    <article className="scent-card" data-testid="scent-type-card" data-persona={card.persona.key}>
      <div className="scent-card__hero" style={{ background: cardGradient(card.colors) }}>
        <p className="scent-card__eyebrow">{text.title}</p>
        <h3 className="scent-card__persona" data-testid="scent-type-persona">
          {card.persona.name[locale]}
        </h3>
        <p className="scent-card__persona-other" lang={other}>
          {card.persona.name[other]}
        </p>
      </div>
      <div className="scent-card__body">
        <p className="scent-card__portrait">{card.persona.portrait[locale]}</p>
        {card.accords.length > 0 ? (
          <>
            <h4 className="scent-card__heading">{text.accords}</h4>
            <ul className="scent-card__accords">
              {card.accords.map(({ key, weight }) => {
                const accord = accordOf(key);
                const label = accord ? labelIn(locale, accord) : key;
                return (
                  <li key={key} data-accord={key}>
                    <span className="scent-card__accord-label">{label}</span>
                    <span className="scent-card__accord-track" aria-hidden="true">
                      <span
                        className="scent-card__accord-fill"
                        style={{ width: `${Math.max(4, weight)}%`, backgroundColor: accord?.color ?? '#bbb' }}
                      />
                    </span>
                    <span className="visually-hidden">{text.accordWeight(label, Math.round(weight))}</span>
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        {tryNext && names ? (
          <div className="scent-card__try" data-testid="scent-type-try-next">
            <PerfumeBottle perfume={tryNext.perfume} locale={locale} size={BOTTLE_SIZE} />
            <div>
              <h4 className="scent-card__heading">{text.tryNext}</h4>
              <p className="scent-card__try-brand">{brandIn(locale, tryNext.perfume)}</p>
              <p className="scent-card__try-name">
                <Link href={`/perfumes/${tryNext.perfume.id}`}>{names.main}</Link>
              </p>
              <p className="scent-card__try-reason">{tryNext.reason[locale]}</p>
            </div>
          </div>
        ) : null}
        <p className="scent-card__meta">
          {text.basis[card.basis]} · {text.counts(card.counts.explored, card.counts.owned)}
        </p>
      </div>
    </article>
  );
}
