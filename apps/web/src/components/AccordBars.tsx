import type { PerfumeSummary } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey, type AccordLabel } from '@scentence/api/vocabulary';
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
}

/** One bar per accord: its colour, a width of its strength, its name in the reader's language. */
export function AccordBars({ accords, locale, limit = 5 }: AccordBarsProps) {
  const t = dictionaryOf(locale);
  const shown = accords.slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <ul className="accord-bars" aria-label={t.perfume.accords}>
      {shown.map(({ key, strength }) => {
        const accord = accordOf(key);
        const label = accord ? labelIn(locale, accord) : key;
        return (
          <li key={key} className="accord-bar" data-testid="accord-bar" data-accord={key} data-strength={strength}>
            <span className="accord-bar__label" aria-hidden="true">
              {label}
            </span>
            <span className="visually-hidden">{t.perfume.strength(label, strength)}</span>
            <span className="accord-bar__track" aria-hidden="true">
              <span
                className="accord-bar__fill"
                data-testid="accord-bar-fill"
                style={{ width: `${Math.max(4, Math.min(100, strength))}%`, backgroundColor: accord?.color ?? '#bbb' }}
              />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
