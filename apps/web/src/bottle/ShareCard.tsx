import type { PerfumeSummary } from '@scentence/api/schemas';
import { ACCORDS } from '@scentence/api/vocabulary';
import { brandIn } from '../catalog/names';
import { type Locale, labelIn } from '../i18n/locale';
import { IMAGE_FRAME } from '../seo/imageFrame';
import { BOTTLE_INK } from './bottleColours';
import { drawBottle } from './drawBottle';
import { ShareBottle } from './ShareBottle';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;
const BOTTLE_HEIGHT_PX = 560;
const SHARE_ACCORDS = 3;

type SharedPerfume = Pick<PerfumeSummary, 'brand' | 'brandKo' | 'name' | 'nameKo' | 'concentration' | 'accords'>;

/**
 * The perfume's share preview, for satori (next/og): its bottle drawing on the left and its
 * names and main accords on the right.
 */
export function ShareCard({ perfume, locale }: { perfume: SharedPerfume; locale: Locale }) {
  const drawing = drawBottle(perfume, locale);
  const accords = perfume.accords.slice(0, SHARE_ACCORDS).flatMap(({ key }) => {
    const accord = ACCORDS.find((entry) => entry.key === key);
    return accord ? [accord] : [];
  });
  const alternateName = locale === 'ko' && perfume.nameKo && perfume.nameKo !== perfume.name ? perfume.nameKo : null;

  return (
    <div
      style={{
        ...IMAGE_FRAME,
        alignItems: 'center',
        background: drawing.backdrop,
        fontFamily: 'Pretendard',
        color: BOTTLE_INK,
        padding: '0 72px 0 56px',
      }}
    >
      <ShareBottle perfume={perfume} locale={locale} height={BOTTLE_HEIGHT_PX} />
      <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 56, flex: 1, minWidth: 0 }}>
        <div style={{ fontSize: 34, fontWeight: 700, color: '#7a3f5e' }}>{brandIn(locale, perfume)}</div>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.12, marginTop: 10, wordBreak: 'keep-all' }}>
          {perfume.name}
        </div>
        {alternateName ? <div style={{ fontSize: 36, marginTop: 12, color: '#5f554e' }}>{alternateName}</div> : null}
        <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 36 }}>
          {accords.map((accord) => (
            <div
              key={accord.key}
              style={{
                display: 'flex',
                alignItems: 'center',
                marginRight: 14,
                marginBottom: 10,
                padding: '8px 20px 8px 14px',
                borderRadius: 999,
                background: 'rgba(255, 255, 255, 0.7)',
                fontSize: 28,
              }}
            >
              <div style={{ width: 22, height: 22, borderRadius: 11, background: accord.color, marginRight: 10 }} />
              {labelIn(locale, accord)}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', marginTop: 44, fontSize: 28, fontWeight: 700 }}>
          <div
            style={{
              width: 30,
              height: 30,
              marginRight: 12,
              borderRadius: '15px 15px 15px 4px',
              background: 'linear-gradient(135deg, #f48fb1, #c0782f 55%, #7a3f5e)',
            }}
          />
          Scentence
        </div>
      </div>
    </div>
  );
}
