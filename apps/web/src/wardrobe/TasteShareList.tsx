/** One bar of a taste list: a label and a value out of 100. */
export interface ShareRow {
  key: string;
  label: string;
  value: number;
  colour?: string;
}

interface TasteShareListProps {
  rows: ShareRow[];
  testId: string;
  /** What a screen reader hears for a row (the bars themselves are hidden from it). */
  spoken: (row: ShareRow) => string;
}

/** Horizontal bars, one per row, with the rounded value after each. */
export function TasteShareList({ rows, testId, spoken }: TasteShareListProps) {
  return (
    <ul className="taste-bars" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} className="taste-bar" data-key={row.key} data-value={row.value}>
          <span className="taste-bar__label" aria-hidden="true">
            {row.label}
          </span>
          <span className="visually-hidden">{spoken(row)}</span>
          <span className="taste-bar__track" aria-hidden="true">
            <span
              className="taste-bar__fill"
              style={{ width: `${Math.max(3, Math.min(100, row.value))}%`, backgroundColor: row.colour }}
            />
          </span>
          <span className="taste-bar__value" aria-hidden="true">
            {Math.round(row.value)}
          </span>
        </li>
      ))}
    </ul>
  );
}
