'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type ReactNode, useId, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { loginHrefFor } from '../wardrobe/loginHref';
import { perfumeNamesIn } from './perfumeNames';
import type { FlyTo } from './useCameraCommands';
import { usePerfumeSummaries } from './useMapData';
import type { MapWardrobeState } from './useMapWardrobe';
import { WARDROBE_STATE_COLOURS } from './wardrobeColours';

/** How many of the member's perfumes the list names (the map rings them all). */
const LISTED = 30;
const CENTRE_ZOOM = 3;

/** "My wardrobe on the map" in words: the member's perfumes with their state, and a way to their taste's centre. */
export function WardrobeOnMap({ wardrobe, onFly }: { wardrobe: MapWardrobeState; onFly: FlyTo }) {
  const { t, locale } = useI18n();
  const text = t.map.wardrobe;
  const titleId = useId();
  const pathname = usePathname();
  const data = wardrobe.data;
  const listed = useMemo(() => data?.items.slice(0, LISTED) ?? [], [data]);
  const ids = useMemo(() => listed.map((item) => item.perfumeId), [listed]);
  const { perfumes } = usePerfumeSummaries(ids);
  const nameOf = new Map(perfumes.map((perfume) => [perfume.id, perfumeNamesIn(locale, perfume).main]));

  let body: ReactNode;
  if (!wardrobe.signedIn) {
    body = (
      <p className="scent-map__muted">
        {text.signIn} <Link href={loginHrefFor(pathname)}>{text.signInLink}</Link>
      </p>
    );
  } else if (wardrobe.failed) {
    body = <p className="scent-map__muted">{text.unavailable}</p>;
  } else if (!data) {
    body = <p className="scent-map__muted">{t.map.perfume.loading}</p>;
  } else if (!data.enabled) {
    body = <p className="scent-map__muted">{text.off}</p>;
  } else if (data.items.length === 0) {
    body = <p className="scent-map__muted">{text.empty}</p>;
  } else {
    const centre = data.centre;
    body = (
      <>
        {centre ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onFly(centre.x, centre.y, CENTRE_ZOOM)}
            data-testid="map-taste-centre-button"
          >
            {text.centre}
          </button>
        ) : null}
        <ul className="scent-map__wardrobe-list">
          {listed.map((item) => (
            <li key={item.perfumeId} data-testid="map-wardrobe-item" data-state={item.state}>
              <span
                className="scent-map__ring"
                style={{ borderColor: WARDROBE_STATE_COLOURS[item.state] }}
                aria-hidden="true"
              />
              <Link href={`/perfumes/${item.perfumeId}`}>{nameOf.get(item.perfumeId) ?? `#${item.perfumeId}`}</Link>
              <span className="scent-map__muted"> · {t.wardrobe.states[item.state]}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <section className="scent-map__panel" aria-labelledby={titleId} data-testid="map-wardrobe">
      <h2 id={titleId} className="scent-map__panel-title">
        {text.title}
      </h2>
      {body}
    </section>
  );
}
