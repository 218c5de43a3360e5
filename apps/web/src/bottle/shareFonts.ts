import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Pretendard for the share image, from the npm package: satori takes OTF, not the woff2 the pages
// use. The server runs from apps/web (next start, next dev and the standalone server alike); the
// build traces each path written out here into the standalone output, so both stay literal.
const FONT_FILES = [
  {
    weight: 400,
    file: () => path.join(process.cwd(), '../../node_modules/pretendard/dist/public/static/Pretendard-Regular.otf'),
  },
  {
    weight: 700,
    file: () => path.join(process.cwd(), '../../node_modules/pretendard/dist/public/static/Pretendard-Bold.otf'),
  },
] as const;

export interface ShareFont {
  name: string;
  data: Buffer;
  weight: (typeof FONT_FILES)[number]['weight'];
  style: 'normal';
}

let fonts: Promise<ShareFont[]> | undefined;

/** Read once per server and kept; a failed read is tried again on the next image. */
export function shareFonts(): Promise<ShareFont[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, file }) => ({
      name: 'Pretendard',
      data: await readFile(file()),
      weight,
      style: 'normal' as const,
    })),
  ).catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}
