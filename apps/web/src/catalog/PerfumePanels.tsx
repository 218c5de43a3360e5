import type { Locale, PerfumeDetail } from '@scentence/api/schemas';
import { LONGEVITY_STEPS, OCCASIONS, SEASONS, SILLAGE_STEPS } from '@scentence/api/vocabulary';
import { AccordBars } from '../components/AccordBars';
import { dictionaryOf } from '../i18n/locale';
import { NotePyramid } from './NotePyramid';
import { Panel } from './Panel';
import { PerformanceScale } from './PerformanceScale';
import { ShareBars } from './ShareBars';

/** How long a perfume lasts and how far it carries, each read on its own named scale. */
const PERFORMANCE_SCALES = [
  { measure: 'longevity', steps: LONGEVITY_STEPS },
  { measure: 'sillage', steps: SILLAGE_STEPS },
] as const;

/** The perfume page's panels: notes, accords, seasons, occasions and performance. */
export function PerfumePanels({ perfume, locale }: { perfume: PerfumeDetail; locale: Locale }) {
  const t = dictionaryOf(locale);
  return (
    <div className="perfume-panels">
      <Panel id="perfume-notes" title={t.perfumePage.notes} testId="perfume-notes">
        <NotePyramid notes={perfume.notes} locale={locale} />
      </Panel>

      <Panel
        id="perfume-accords"
        title={t.perfumePage.accords}
        hint={t.perfumePage.accordsHint}
        testId="perfume-accords"
      >
        <AccordBars accords={perfume.accords} locale={locale} limit={perfume.accords.length} detailed />
      </Panel>

      <Panel id="perfume-seasons" title={t.perfumePage.seasons} hint={t.perfumePage.sharesHint}>
        <ShareBars shares={perfume.seasons} options={SEASONS} locale={locale} testId="season-shares" />
      </Panel>

      <Panel id="perfume-occasions" title={t.perfumePage.occasions} hint={t.perfumePage.sharesHint}>
        <ShareBars shares={perfume.occasions} options={OCCASIONS} locale={locale} testId="occasion-shares" />
      </Panel>

      <Panel id="perfume-performance" title={t.perfumePage.performance} wide>
        <div className="performance-pair">
          {PERFORMANCE_SCALES.map(({ measure, steps }) => (
            <PerformanceScale
              key={measure}
              title={t.perfumePage[measure]}
              mean={perfume[measure]}
              steps={steps}
              locale={locale}
              testId={measure}
            />
          ))}
        </div>
      </Panel>
    </div>
  );
}
