import type { ScentTypeCard } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import { BOTTLE_INK } from '../bottle/bottleColours';
import { ShareBottle } from '../bottle/ShareBottle';
import { brandIn } from '../catalog/names';
import { accordOf } from '../components/AccordBars';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';
import { IMAGE_FRAME } from '../seo/imageFrame';
import { perfumeNamesIn } from './perfumeNames';
import { cardGradient } from './ScentTypeCardView';

const BOTTLE_HEIGHT_PX = 300;

/** One accord of the card: its colour and its name. */
function AccordChip({ accordKey, locale }: { accordKey: AccordKey; locale: Locale }) {
  const accord = accordOf(accordKey);
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        marginRight: 14,
        padding: '8px 20px 8px 14px',
        borderRadius: 999,
        background: 'rgba(255, 255, 255, 0.78)',
        fontSize: 26,
      }}
    >
      <div style={{ width: 20, height: 20, borderRadius: 10, background: accord?.color ?? '#bbb', marginRight: 10 }} />
      {accord ? labelIn(locale, accord) : accordKey}
    </div>
  );
}

/** The persona's names and portrait over the accords' colours, its accords and where it was made. */
function PersonaPanel({ card, locale, width }: { card: ScentTypeCard; locale: Locale; width: number }) {
  const text = dictionaryOf(locale).map.scentType;
  const other: Locale = locale === 'ko' ? 'en' : 'ko';
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width,
        height: '100%',
        padding: '56px 60px',
        background: cardGradient(card.colors),
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 28, fontWeight: 700, color: '#5c2d45' }}>{text.title}</div>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, marginTop: 18, wordBreak: 'keep-all' }}>
          {card.persona.name[locale]}
        </div>
        <div style={{ fontSize: 30, marginTop: 10, color: '#4a403a' }}>{card.persona.name[other]}</div>
        <div style={{ fontSize: 28, lineHeight: 1.45, marginTop: 26, wordBreak: 'keep-all' }}>
          {card.persona.portrait[locale]}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap' }}>
          {card.accords.map(({ key }) => (
            <AccordChip key={key} accordKey={key} locale={locale} />
          ))}
        </div>
        <div style={{ fontSize: 22, marginTop: 22, fontWeight: 700 }}>{text.madeWith}</div>
      </div>
    </div>
  );
}

/** The perfume to try next: its bottle, house and name. */
function TryNextPanel({ tryNext, locale }: { tryNext: NonNullable<ScentTypeCard['tryNext']>; locale: Locale }) {
  const text = dictionaryOf(locale).map.scentType;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        flex: 1,
        padding: '32px 40px',
      }}
    >
      <div style={{ fontSize: 24, fontWeight: 700, color: '#7a3f5e' }}>{text.tryNext}</div>
      <div style={{ display: 'flex', marginTop: 14 }}>
        <ShareBottle perfume={tryNext.perfume} locale={locale} height={BOTTLE_HEIGHT_PX} />
      </div>
      <div style={{ fontSize: 22, marginTop: 14, color: '#5f554e' }}>{brandIn(locale, tryNext.perfume)}</div>
      <div style={{ fontSize: 32, fontWeight: 700, marginTop: 4, textAlign: 'center', wordBreak: 'keep-all' }}>
        {perfumeNamesIn(locale, tryNext.perfume).main}
      </div>
    </div>
  );
}

/**
 * The scent type card as an image, for satori (next/og): the persona and its portrait over the
 * accords' colours on the left, the perfume to try next on the right. The PNG download and the
 * share page's preview are both this picture.
 */
export function ScentTypeShareImage({ card, locale }: { card: ScentTypeCard; locale: Locale }) {
  const tryNext = card.tryNext;
  return (
    <div
      style={{
        ...IMAGE_FRAME,
        background: '#faf6f1',
        fontFamily: 'Pretendard',
        color: BOTTLE_INK,
      }}
    >
      <PersonaPanel card={card} locale={locale} width={tryNext ? 720 : 1200} />
      {tryNext ? <TryNextPanel tryNext={tryNext} locale={locale} /> : null}
    </div>
  );
}
