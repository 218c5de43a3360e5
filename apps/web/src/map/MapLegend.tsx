'use client';

import type { MapClusters, MapPoints, MapWardrobe } from '@scentence/api/schemas';
import { WARDROBE_STATES } from '@scentence/api/schemas';
import { useMemo } from 'react';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { accordColour, accordsOnMap, type ColourMode, UNKNOWN_COLOUR } from './pointStyle';
import { starPath } from './WardrobeMarks';
import { WARDROBE_STATE_COLOURS } from './wardrobeColours';

interface MapLegendProps {
  colourMode: ColourMode;
  points: MapPoints | null;
  clusters: MapClusters | null;
  wardrobe: MapWardrobe | null;
}

interface LegendEntry {
  key: string;
  label: string;
  colour: string;
}

/** What the colours mean: the regions (by cluster) or the accords (by main accord), and the wardrobe's marks. */
export function MapLegend({ colourMode, points, clusters, wardrobe }: MapLegendProps) {
  const { t, locale } = useI18n();
  const entries = useMemo((): LegendEntry[] => {
    if (colourMode === 'cluster') {
      return (clusters?.groups ?? []).map((group, index) => ({
        key: `group-${index}`,
        label: group.label[locale],
        colour: group.color,
      }));
    }
    if (!points) return [];
    const accords = accordsOnMap(points).map((key) => {
      const accord = accordOf(key);
      return { key, label: accord ? labelIn(locale, accord) : key, colour: accordColour(key) };
    });
    const hasNone = points.dominantAccord.some((accord) => accord < 0);
    return hasNone ? [...accords, { key: 'none', label: t.map.legend.noAccord, colour: UNKNOWN_COLOUR }] : accords;
  }, [colourMode, clusters, points, locale, t]);
  const showWardrobe = wardrobe?.enabled === true && wardrobe.items.length > 0;

  if (entries.length === 0 && !showWardrobe) return null;
  return (
    <details className="scent-map__legend" open data-testid="map-legend">
      <summary>{t.map.legend.title}</summary>
      <ul className="scent-map__legend-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="scent-map__swatch" style={{ backgroundColor: entry.colour }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
      {showWardrobe ? (
        <ul className="scent-map__legend-list scent-map__legend-list--wardrobe" aria-label={t.map.legend.wardrobe}>
          {WARDROBE_STATES.map((state) => (
            <li key={state}>
              <span
                className="scent-map__ring"
                style={{ borderColor: WARDROBE_STATE_COLOURS[state] }}
                aria-hidden="true"
              />
              {t.wardrobe.states[state]}
            </li>
          ))}
          {wardrobe?.centre ? (
            <li>
              <svg width="16" height="16" aria-hidden="true" className="scent-map__legend-star">
                <path d={starPath(8, 8, 7)} className="scent-map__taste-centre" />
              </svg>
              {t.map.legend.tasteCentre}
            </li>
          ) : null}
        </ul>
      ) : null}
    </details>
  );
}
