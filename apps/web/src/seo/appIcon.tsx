import { ImageResponse } from 'next/og';
import { IMAGE_FRAME } from './imageFrame';
import { THEME_COLOUR } from './theme';

/** The mark's colours, as icon.svg and the header's logo draw them. */
const MARK_GRADIENT = 'linear-gradient(135deg, #f48fb1, #c0782f 55%, #7a3f5e)';

/**
 * Scentence's mark, a drop rounded on three corners, as a square PNG. `grounded` puts it on the
 * page colour with a margin, as home-screen icons need (iOS fills transparency with black, and
 * Android's masks crop the outer fifth); without, it fills a transparent square, as a favicon does.
 */
export function appIconResponse(size: number, { grounded }: { grounded: boolean }): ImageResponse {
  const mark = Math.round(size * (grounded ? 0.6 : 0.875));
  const round = mark / 2;
  return new ImageResponse(
    <div
      style={{
        ...IMAGE_FRAME,
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: grounded ? THEME_COLOUR : 'transparent',
      }}
    >
      <div
        style={{
          width: mark,
          height: mark,
          backgroundImage: MARK_GRADIENT,
          borderTopLeftRadius: round,
          borderTopRightRadius: round,
          borderBottomRightRadius: round,
          borderBottomLeftRadius: Math.round(mark * 0.14),
        }}
      />
    </div>,
    { width: size, height: size },
  );
}

/** An .ico file holding one PNG image (every browser since 2007 reads PNG inside ICO). */
export function icoOfPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size >= 256 ? 0 : size);
  header.setUint8(7, size >= 256 ? 0 : size);
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.byteLength, true);
  header.setUint32(18, 22, true); // the image follows the header
  const ico = new Uint8Array(22 + png.byteLength);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}
