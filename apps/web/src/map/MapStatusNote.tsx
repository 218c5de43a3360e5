'use client';

import type { MapStatus } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';

const DATE_LOCALES: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatComputedAt(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** Under the map: how many perfumes are drawn (read out as filters change), when the map was computed. */
export function MapStatusNote({
  status,
  drawnCount,
  total,
}: {
  status: MapStatus | undefined;
  drawnCount: number | null;
  total: number;
}) {
  const { t, locale } = useI18n();
  const text = t.map.status;
  return (
    <div className="scent-map__status">
      <p role="status" aria-live="polite" data-testid="map-drawn-count" data-count={drawnCount ?? ''}>
        {drawnCount === null ? '' : text.drawn(drawnCount, total)}
      </p>
      {status?.layout ? (
        <p className="scent-map__computed" data-testid="map-computed-at">
          <time dateTime={status.layout.computedAt}>
            {text.computedAt(formatComputedAt(status.layout.computedAt, locale))}
          </time>
        </p>
      ) : null}
      {status?.computing && status.layout ? <p className="scent-map__computing">{text.computing}</p> : null}
    </div>
  );
}
