'use client';

import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { layeringTrpc } from '../trpc/layeringClient';
import type { ClarifiedRequest } from './clarifyChoice';
import { singlePerfumeOf } from './layeringUrl';
import { type MoodChoice, NO_MOOD } from './moodChips';
import { PairAnalysis } from './PairAnalysis';
import { PartnersPanel } from './PartnersPanel';
import { PerfumePicker } from './PerfumePicker';
import { QuestionBox } from './QuestionBox';
import { useLayeringSelection } from './useLayeringSelection';
import { WardrobePicks } from './WardrobePicks';
import './layering.css';

/**
 * 레이어링: a question box, two perfume slots and what they make: one perfume's partners, or the
 * pair's analysis. The address carries the perfumes (`?a=`, `?b=`), so any of it can be shared.
 */
export function LayeringPage() {
  const { t } = useI18n();
  const text = t.layering;
  const { selection, select } = useLayeringSelection();
  const [mood, setMood] = useState<MoodChoice>(NO_MOOD);
  const ids = [selection.a, selection.b].filter((id): id is number => id !== null);
  const lookup = layeringTrpc.perfume.lookup.useQuery(
    { ids: ids.join(',') },
    { enabled: ids.length > 0, placeholderData: keepPreviousData },
  );
  const summaryOf = (id: number | null) => (id === null ? null : (lookup.data?.items.find((p) => p.id === id) ?? null));
  const single = singlePerfumeOf(selection);

  function follow({ selection: next, mood: words }: ClarifiedRequest) {
    select(next);
    if (next.b === null) setMood(words ? { ...NO_MOOD, typed: words } : NO_MOOD);
  }

  return (
    <div className="layering-page" data-testid="layering-page">
      <QuestionBox onRequest={follow} />
      <div className="layering-pickers">
        <PerfumePicker
          label={text.picker.first}
          chosen={summaryOf(selection.a)}
          onPick={(id) => select({ ...selection, a: id })}
          onClear={() => select({ ...selection, a: null })}
          testId="pick-a"
        />
        <PerfumePicker
          label={text.picker.second}
          chosen={summaryOf(selection.b)}
          onPick={(id) => select({ ...selection, b: id })}
          onClear={() => select({ ...selection, b: null })}
          testId="pick-b"
        />
      </div>
      <WardrobePicks selection={selection} onPick={(id) => select({ ...selection, a: id })} />
      {selection.a !== null && selection.b !== null ? (
        <PairAnalysis a={selection.a} b={selection.b} />
      ) : single !== null ? (
        <PartnersPanel perfumeId={single} perfume={summaryOf(single)} mood={mood} onMood={setMood} />
      ) : (
        <p className="notice layering-start" data-testid="layering-start">
          {text.start}
        </p>
      )}
    </div>
  );
}
