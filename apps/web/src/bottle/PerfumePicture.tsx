'use client';

import type { PerfumeSummary } from '@scentence/api/schemas';
import { useEffect, useRef, useState } from 'react';
import { brandIn } from '../catalog/names';
import { dictionaryOf, type Locale } from '../i18n/locale';
import { backdropOf } from './bottleColours';
import { labelNameOf } from './drawBottle';
import { type NamedBottlePerfume, PerfumeBottle } from './PerfumeBottle';
import { perfumeImageUrlOf } from './perfumeImageUrl';
import './perfumePicture.css';

interface PerfumePictureProps {
  perfume: NamedBottlePerfume & Pick<PerfumeSummary, 'imageUrl'>;
  locale: Locale;
  /** Height of the picture in CSS pixels. */
  size?: number;
  /** Load a photo at once (the page's main picture) rather than when it scrolls into view. */
  eager?: boolean;
  className?: string;
}

/**
 * The perfume's own photo when it has one, on a wash of its main accord; its bottle drawing
 * when it has none or the photo does not load.
 */
export function PerfumePicture({ perfume, locale, size = 160, eager = false, className }: PerfumePictureProps) {
  const url = perfumeImageUrlOf(perfume.imageUrl);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const photo = useRef<HTMLImageElement>(null);

  useEffect(() => {
    // A photo that failed before the page was hydrated fired its error event with nobody listening.
    const image = photo.current;
    if (url && image?.complete && image.naturalWidth === 0) setFailedUrl(url);
  }, [url]);

  const showPhoto = url !== null && failedUrl !== url;
  return (
    <div
      className={className ? `perfume-picture ${className}` : 'perfume-picture'}
      style={{ backgroundColor: backdropOf(perfume.accords) }}
      data-testid="perfume-picture"
    >
      {showPhoto ? (
        // biome-ignore lint/performance/noImgElement: a remote photo of unknown size and host; next/image would need every host configured
        <img
          ref={photo}
          src={url}
          alt={dictionaryOf(locale).perfume.photo(brandIn(locale, perfume), labelNameOf(perfume, locale))}
          height={size}
          className="perfume-picture__photo"
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailedUrl(url)}
          data-testid="perfume-photo"
        />
      ) : (
        <PerfumeBottle perfume={perfume} locale={locale} size={size} />
      )}
    </div>
  );
}
