import type { Locale } from '../i18n/locale';
import { bottleSvgDocument } from './bottleSvg';
import { type BottlePerfume, drawBottle } from './drawBottle';

// Where Pretendard's glyphs sit in a line box of height 1 em (its ascent and descent).
const BASELINE_IN_EM = 0.855;

/**
 * A perfume's bottle for satori (next/og), `height` pixels tall: the bottle's shapes go in as an
 * SVG image and the label's text is laid over it here, so satori sets it in Pretendard too.
 */
export function ShareBottle({ perfume, locale, height }: { perfume: BottlePerfume; locale: Locale; height: number }) {
  const drawing = drawBottle(perfume, locale);
  const scale = height / drawing.height;
  const width = drawing.width * scale;
  const svg = bottleSvgDocument(drawing, { title: perfume.name, withText: false });
  return (
    <div style={{ display: 'flex', position: 'relative', width, height, flexShrink: 0 }}>
      {/* biome-ignore lint/performance/noImgElement: satori draws images only from <img> */}
      <img
        src={`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`}
        width={width}
        height={height}
        alt=""
      />
      {drawing.text.map((line, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: the label's lines in order; they never move
          key={index}
          style={{
            position: 'absolute',
            left: 0,
            width,
            top: (line.baseline - line.size * BASELINE_IN_EM) * scale,
            display: 'flex',
            justifyContent: 'center',
            fontSize: line.size * scale,
            lineHeight: 1,
            fontWeight: line.weight >= 600 ? 700 : 400,
            letterSpacing: line.tracking * line.size * scale,
            color: line.colour,
            whiteSpace: 'nowrap',
          }}
        >
          {line.text}
        </div>
      ))}
    </div>
  );
}
