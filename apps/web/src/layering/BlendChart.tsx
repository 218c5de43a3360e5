'use client';

import type { LayeringPair } from '@scentence/api/schemas';
import { useId } from 'react';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { type Locale, labelIn } from '../i18n/locale';
import { displayName } from './displayName';

/** The chart shows the strongest accords of the blend; more would only add slivers. */
const MAX_ROWS = 10;
const ROW_HEIGHT = 34;
// Columns as shares of the chart's width, so that labels keep their size on a phone.
const TRACK_START = 30;
const TRACK_WIDTH = 60;

const along = (strength: number) => `${TRACK_START + (TRACK_WIDTH * Math.max(0, Math.min(100, strength))) / 100}%`;

type ProfileRow = LayeringPair['profile'][number];

function accordName(locale: Locale, key: ProfileRow['key']): string {
  const accord = accordOf(key);
  return accord ? labelIn(locale, accord) : key;
}

/**
 * Both perfumes' accord profiles and their blend on one chart: a bar per accord for the blend in
 * the accord's colour, a dot for the first perfume and a square for the second. The same values
 * are in a table for screen readers.
 */
export function BlendChart({ pair }: { pair: LayeringPair }) {
  const { locale, t } = useI18n();
  const text = t.layering.pair;
  const titleId = useId();
  const rows = pair.profile.slice(0, MAX_ROWS);
  const nameA = displayName(locale, pair.a);
  const nameB = displayName(locale, pair.b);
  const legend = [
    ['a', nameA],
    ['b', nameB],
    ['blend', text.blend],
  ] as const;
  return (
    <section className="layering-section" aria-labelledby={titleId} data-testid="blend-chart">
      <h3 id={titleId} className="layering-section__title">
        {text.chart}
      </h3>
      <p className="layering-section__hint">{text.chartHint}</p>
      <ul className="blend-legend">
        {legend.map(([mark, label]) => (
          <li key={mark}>
            <span className={`blend-legend__mark blend-legend__mark--${mark}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <svg
        className="blend-chart"
        width="100%"
        height={rows.length * ROW_HEIGHT}
        role="img"
        aria-label={text.chartSummary(nameA, nameB)}
      >
        {rows.map((row, index) => (
          <BlendChartRow key={row.key} row={row} top={index * ROW_HEIGHT} />
        ))}
      </svg>
      {/* A table ignores a width of 1px: its wrapper is what is hidden. */}
      <div className="visually-hidden">
        <BlendTable rows={pair.profile} nameA={nameA} nameB={nameB} />
      </div>
    </section>
  );
}

/** One accord on the chart: its name, the blend's bar, the first perfume's dot and the second's square. */
function BlendChartRow({ row, top }: { row: ProfileRow; top: number }) {
  const { locale } = useI18n();
  const accord = accordOf(row.key);
  return (
    <g data-accord={row.key}>
      <text x="0" y={top + 21} className="blend-chart__label">
        {accordName(locale, row.key)}
      </text>
      <rect x={`${TRACK_START}%`} y={top + 16} width={`${TRACK_WIDTH}%`} height="1" className="blend-chart__track" />
      <rect
        x={`${TRACK_START}%`}
        y={top + 11}
        width={`${(TRACK_WIDTH * row.blend) / 100}%`}
        height="11"
        rx="3"
        fill={accord?.color ?? '#bbb'}
        className="blend-chart__blend"
      />
      {row.a > 0 ? <circle cx={along(row.a)} cy={top + 6} r="4.5" className="blend-chart__a" /> : null}
      {row.b > 0 ? (
        <rect
          x={along(row.b)}
          y={top + 23}
          width="8"
          height="8"
          transform="translate(-4 0)"
          className="blend-chart__b"
        />
      ) : null}
      <text x="100%" y={top + 21} textAnchor="end" className="blend-chart__value">
        {row.blend}
      </text>
    </g>
  );
}

/** The chart's values, every accord of the blend, for screen readers. */
function BlendTable({ rows, nameA, nameB }: { rows: readonly ProfileRow[]; nameA: string; nameB: string }) {
  const { locale, t } = useI18n();
  const text = t.layering.pair;
  return (
    <table data-testid="blend-table">
      <caption>{text.chart}</caption>
      <thead>
        <tr>
          <th scope="col">{text.accord}</th>
          <th scope="col">{nameA}</th>
          <th scope="col">{nameB}</th>
          <th scope="col">{text.blend}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-accord={row.key}>
            <th scope="row">{accordName(locale, row.key)}</th>
            <td>{row.a}</td>
            <td>{row.b}</td>
            <td>{row.blend}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
