import type { PerfumeSummary } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey, type AccordLabel } from '@scentence/api/vocabulary';
import Link from 'next/link';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';

const ACCORD_BY_KEY = new Map<AccordKey, AccordLabel>(ACCORDS.map((accord) => [accord.key, accord]));

export function accordOf(key: AccordKey): AccordLabel | undefined {
  return ACCORD_BY_KEY.get(key);
}

interface AccordBarsProps {
  accords: PerfumeSummary['accords'];
  locale: Locale;
  /** How many of the strongest accords to show. */
  limit?: number;
  /** The perfume page: each label links to its accord page and the strength is written out. */
  detailed?: boolean;
}

/** One bar per accord: its colour, a width of its strength, its name in the reader's language. */
export function AccordBars({ accords, locale, limit = 5, detailed = false }: AccordBarsProps) {
  const t = dictionaryOf(locale);
  const shown = accords.slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <ul className={`accord-bars${detailed ? ' accord-bars--detailed' : ''}`} aria-label={t.perfume.accords}>
      {shown.map(({ key, strength }) => {
        const accord = accordOf(key);
        const label = accord ? labelIn(locale, accord) : key;
        return (
          <li key={key} className="accord-bar" data-testid="accord-bar" data-accord={key} data-strength={strength}>
            {detailed ? (
              <Link href={`/accords/${key}`} className="accord-bar__label accord-bar__link" data-testid="accord-link">
                {label}
                <span className="visually-hidden"> {strength}%</span>
              </Link>
            ) : (
              <>
                <span className="accord-bar__label" aria-hidden="true">
                  {label}
                </span>
                <span className="visually-hidden">{t.perfume.strength(label, strength)}</span>
              </>
            )}
            <span className="accord-bar__track" aria-hidden="true">
              <span
                className="accord-bar__fill"
                data-testid="accord-bar-fill"
                style={{ width: `${Math.max(4, Math.min(100, strength))}%`, backgroundColor: accord?.color ?? '#bbb' }}
              />
            </span>
            {detailed ? (
              <span className="accord-bar__value" aria-hidden="true">
                {strength}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
