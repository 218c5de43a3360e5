'use client';

import { CONCENTRATIONS } from '@scentence/api/vocabulary';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import type { ClarifyAnswer, ClarifyPicks, PerfumeChoice } from './clarifyChoice';
import { displayName } from './displayName';

interface ClarifyChoicesProps {
  answer: ClarifyAnswer;
  picks: ClarifyPicks;
  onPicks: (picks: ClarifyPicks) => void;
}

function ChoiceButtons({
  choices,
  picked,
  onPick,
  labelledBy,
}: {
  choices: PerfumeChoice[];
  picked: number | null;
  onPick: (id: number) => void;
  labelledBy: string;
}) {
  const { locale } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a set of choice buttons, not form fields
    <div className="chips" role="group" aria-labelledby={labelledBy}>
      {choices.map((choice) => {
        const concentration = CONCENTRATIONS.find((entry) => entry.key === choice.concentration);
        return (
          <button
            key={choice.id}
            type="button"
            className="chip"
            aria-pressed={picked === choice.id}
            data-testid="ask-candidate"
            data-perfume-id={choice.id}
            onClick={() => onPick(choice.id)}
          >
            {displayName(locale, choice)}
            {concentration ? <span className="ask-candidate__detail">{labelIn(locale, concentration)}</span> : null}
          </button>
        );
      })}
    </div>
  );
}

function MentionChoices({
  text,
  candidates,
  picked,
  onPick,
}: {
  text: string;
  candidates: PerfumeChoice[];
  picked: number | null;
  onPick: (id: number) => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <div className="ask-clarify__mention">
      <p id={titleId} className="ask-clarify__words">
        {t.layering.ask.whichOf(text)}
      </p>
      <ChoiceButtons choices={candidates} picked={picked} onPick={onPick} labelledBy={titleId} />
    </div>
  );
}

/** "Which did you mean?": up to five candidates for each name the question did not settle, to press. */
export function ClarifyChoices({ answer, picks, onPicks }: ClarifyChoicesProps) {
  const { t } = useI18n();
  const text = t.layering.ask;
  const suggestionsId = useId();
  const open = answer.mentions
    .map((mention, index) => ({ mention, index }))
    .filter(({ mention }) => mention.perfume === null && mention.candidates.length > 0);
  return (
    <div className="ask-clarify" data-testid="ask-clarify">
      {open.map(({ mention, index }) => (
        <MentionChoices
          key={`${index}-${mention.text}`}
          text={mention.text}
          candidates={mention.candidates}
          picked={picks.mentions[index] ?? null}
          onPick={(id) => onPicks({ ...picks, mentions: { ...picks.mentions, [index]: id } })}
        />
      ))}
      {answer.suggestions.length > 0 ? (
        <div className="ask-clarify__mention">
          <p id={suggestionsId} className="ask-clarify__words">
            {text.suggestions}
          </p>
          <ChoiceButtons
            choices={answer.suggestions}
            picked={picks.suggestion}
            onPick={(id) => onPicks({ ...picks, suggestion: id })}
            labelledBy={suggestionsId}
          />
        </div>
      ) : null}
    </div>
  );
}
