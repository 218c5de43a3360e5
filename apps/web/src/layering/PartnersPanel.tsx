'use client';

import { LAYERING_PARTNER_SOURCES, type PerfumeSummary } from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import Link from 'next/link';
import { useSession } from 'next-auth/react';
import { useId, useState } from 'react';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { useI18n } from '../i18n/I18nProvider';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import { layeringTrpc } from '../trpc/layeringClient';
import { loginHrefFor } from '../wardrobe/loginHref';
import { displayName } from './displayName';
import { LayeringErrorNotice } from './LayeringErrorNotice';
import { layeringHref } from './layeringUrl';
import { MoodControls } from './MoodControls';
import { type MoodChoice, moodText } from './moodChips';
import { PartnerList } from './PartnerList';

type PartnerSource = (typeof LAYERING_PARTNER_SOURCES)[number];

const PARTNER_COUNT = 12;
interface PartnersPanelProps {
  perfumeId: number;
  /** The perfume, once loaded, for the heading. */
  perfume: PerfumeSummary | null;
  mood: MoodChoice;
  onMood: (mood: MoodChoice) => void;
}

/** The best partners for one perfume, from the whole catalog or the member's wardrobe, steered by mood words. */
export function PartnersPanel({ perfumeId, perfume, mood, onMood }: PartnersPanelProps) {
  const { locale, t } = useI18n();
  const text = t.layering.partners;
  const titleId = useId();
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const [source, setSource] = useState<PartnerSource>('catalog');
  const typed = useDebouncedValue(mood.typed, TYPING_PAUSE_MS);
  const input = {
    perfumeId,
    mood: moodText(mood.chips, text.moodWords, typed),
    intensity: mood.intensity,
    limit: PARTNER_COUNT,
  };
  const fromWardrobe = signedIn && source === 'wardrobe';
  const options = { placeholderData: keepPreviousData };
  const catalog = layeringTrpc.partners.fromCatalog.useQuery(input, { ...options, enabled: !fromWardrobe });
  const wardrobe = layeringTrpc.partners.fromWardrobe.useQuery(input, { ...options, enabled: fromWardrobe });
  const query = fromWardrobe ? wardrobe : catalog;

  return (
    <section className="layering-partners" aria-labelledby={titleId} data-testid="partners">
      <h2 id={titleId} className="layering-partners__title">
        {perfume ? text.for(displayName(locale, perfume)) : text.title}
      </h2>
      <div className="mood-controls__source">
        <SegmentedChoice
          legend={text.source}
          options={LAYERING_PARTNER_SOURCES}
          value={fromWardrobe ? 'wardrobe' : 'catalog'}
          labelOf={(option) => text.sources[option]}
          onChange={setSource}
          testId="partner-source"
          disabled={signedIn ? [] : ['wardrobe']}
        />
        {signedIn ? null : (
          <p className="layering-section__hint">
            <Link href={loginHrefFor(layeringHref({ a: perfumeId, b: null }))}>{text.guestWardrobe}</Link>
          </p>
        )}
      </div>
      <MoodControls mood={mood} onChange={onMood} />
      {query.error ? (
        <LayeringErrorNotice error={query.error} onRetry={() => void query.refetch()} testId="partners-error" />
      ) : (
        <PartnerList
          perfumeId={perfumeId}
          partners={query.data ?? null}
          asked={input.mood ?? ''}
          loading={query.isFetching}
          source={fromWardrobe ? 'wardrobe' : 'catalog'}
        />
      )}
    </section>
  );
}
