'use client';

import type { LayeringReason } from '@scentence/api/schemas';
import { noteNameIn } from '../catalog/names';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

/** Why the pair scores as it does: each rule that applied, strongest effect first, with the accords and notes it is about. */
export function ReasonList({ reasons, testId = 'pair-reasons' }: { reasons: LayeringReason[]; testId?: string }) {
  const { locale, t } = useI18n();
  const text = t.layering.pair;
  return (
    <ul className="layering-reasons" data-testid={testId}>
      {reasons.map((reason) => (
        <li
          key={reason.rule}
          className={`layering-reason layering-reason--${reason.kind}`}
          data-testid="pair-reason"
          data-rule={reason.rule}
        >
          <span className="layering-reason__kind">{text.kinds[reason.kind]}</span>
          <p className="layering-reason__text">{reason.text[locale]}</p>
          {Math.round(reason.points) !== 0 ? (
            <span className="layering-reason__points">{text.points(reason.points)}</span>
          ) : null}
          {reason.accords.length + reason.notes.length > 0 ? (
            <span className="layering-reason__tags">
              {reason.accords.map((key) => {
                const accord = accordOf(key);
                return (
                  <span key={key} className="layering-tag">
                    <span
                      className="chip__dot"
                      style={{ backgroundColor: accord?.color ?? '#bbb' }}
                      aria-hidden="true"
                    />
                    {accord ? labelIn(locale, accord) : key}
                  </span>
                );
              })}
              {reason.notes.map((note) => (
                <span key={note.slug} className="layering-tag layering-tag--note">
                  {noteNameIn(locale, note)}
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
