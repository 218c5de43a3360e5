import type { Label } from '@scentence/api/vocabulary';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';
import { readScale } from './performanceScale';

interface PerformanceScaleProps {
  title: string;
  /** The mean vote on the scale, null when nobody rated it. */
  mean: number | null;
  steps: readonly Label<string>[];
  locale: Locale;
  testId: string;
}

/**
 * Longevity or sillage as a read-only meter: one segment per named step of its own scale, the
 * steps up to the mean filled, and "오래 감 · 4.0/5" above. Nothing in it looks like it can be dragged.
 */
export function PerformanceScale({ title, mean, steps, locale, testId }: PerformanceScaleProps) {
  const t = dictionaryOf(locale).perfumePage;
  const reading = mean === null ? null : readScale(mean, steps, locale);
  const titleId = `${testId}-title`;
  const valueText = reading ? t.scaleValue(reading.step, reading.value, reading.max) : t.notRated;
  // A meter needs a value; an unrated scale is only a picture of the steps, with the text saying so.
  const meter = reading
    ? {
        role: 'meter' as const,
        'aria-labelledby': titleId,
        'aria-valuemin': 1,
        'aria-valuemax': reading.max,
        'aria-valuenow': reading.mean,
        'aria-valuetext': valueText,
      }
    : { 'aria-hidden': true };
  return (
    <div className="performance" data-testid={testId} data-mean={mean ?? ''}>
      <div className="performance__head">
        <h3 className="performance__title" id={titleId}>
          {title}
        </h3>
        {/* The meter says the same to a screen reader. */}
        <p className="performance__reading" data-testid={`${testId}-reading`} aria-hidden={reading ? true : undefined}>
          {valueText}
        </p>
      </div>
      <div
        className={`performance__meter${reading ? '' : ' performance__meter--empty'}`}
        style={{ gridTemplateColumns: `repeat(${steps.length}, minmax(0, 1fr))` }}
        data-testid={`${testId}-meter`}
        {...meter}
      >
        {steps.map((step, index) => {
          const fill = reading?.fills[index] ?? 0;
          return (
            <div
              key={step.key}
              className={`performance__step${reading?.stepIndex === index ? ' performance__step--current' : ''}`}
              data-fill={fill}
            >
              <span className="performance__segment">
                {fill > 0 ? <span className="performance__segment-fill" style={{ width: `${fill * 100}%` }} /> : null}
              </span>
              <span className="performance__step-name">{labelIn(locale, step)}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
