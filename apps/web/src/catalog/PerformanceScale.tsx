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

/** Longevity or sillage: the named steps of the scale, a marker at the mean, and "오래 감 · 4.0/5". */
export function PerformanceScale({ title, mean, steps, locale, testId }: PerformanceScaleProps) {
  const t = dictionaryOf(locale).perfumePage;
  const reading = mean === null ? null : readScale(mean, steps, locale);
  return (
    <div className="performance" data-testid={testId} data-mean={mean ?? ''}>
      <div className="performance__head">
        <h3 className="performance__title">{title}</h3>
        <p className="performance__reading" data-testid={`${testId}-reading`}>
          {reading ? t.scaleValue(reading.step, reading.value, reading.max) : t.notRated}
        </p>
      </div>
      <div className={`performance__scale${reading ? '' : ' performance__scale--empty'}`} aria-hidden="true">
        {/* Inset by half a step on each side, so step 1 and the last step sit under their labels. */}
        <span className="performance__track" style={{ marginInline: `${50 / steps.length}%` }}>
          {reading ? <span className="performance__fill" style={{ width: `${reading.position}%` }} /> : null}
          {reading ? <span className="performance__marker" style={{ left: `${reading.position}%` }} /> : null}
        </span>
        <ol className="performance__steps" style={{ gridTemplateColumns: `repeat(${steps.length}, 1fr)` }}>
          {steps.map((step) => (
            <li key={step.key}>{labelIn(locale, step)}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}
