'use client';

import { LAYERING_QUESTION_MAX_LENGTH, type LayeringAnswer } from '@scentence/api/schemas';
import { type FormEvent, useId, useState } from 'react';
import { TextField } from '../components/TextField';
import { TitledSection } from '../components/TitledSection';
import { useI18n } from '../i18n/I18nProvider';
import { ClarifyChoices } from './ClarifyChoices';
import type { ClarifiedRequest, ClarifyPicks } from './clarifyChoice';
import { LayeringErrorNotice } from './LayeringErrorNotice';
import { useLayeringAsk } from './useLayeringAsk';
import { verdictLabel } from './verdictLabel';

interface QuestionBoxProps {
  /** The page shows what the answer is about: a pair's analysis, or one perfume's partners steered by the mood words. */
  onRequest: (request: ClarifiedRequest) => void;
}

/** A layering question in Korean or English, answered by the service; the page then shows what it is about. */
export function QuestionBox({ onRequest }: QuestionBoxProps) {
  const { t } = useI18n();
  const text = t.layering.ask;
  const inputId = useId();
  const titleId = useId();
  const [question, setQuestion] = useState('');
  const { answer, failure, asking, picks, ask, pick } = useLayeringAsk(onRequest);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void ask(question.trim());
  }

  return (
    <TitledSection
      titleId={titleId}
      title={text.title}
      className="ask-box"
      titleClassName="ask-box__title"
      testId="ask"
    >
      <form className="search-box search-box--wide ask-box__form" onSubmit={submit}>
        <TextField
          id={inputId}
          label={text.label}
          className="search-box__input"
          value={question}
          maxLength={LAYERING_QUESTION_MAX_LENGTH}
          placeholder={text.placeholder}
          autoComplete="off"
          data-testid="ask-input"
          onText={setQuestion}
        />
        <button type="submit" className="button search-box__submit" aria-busy={asking} data-testid="ask-submit">
          {asking ? text.asking : text.submit}
        </button>
      </form>
      <div aria-live="polite">
        {failure ? (
          <LayeringErrorNotice error={failure.error} onRetry={() => void ask(failure.q)} testId="ask-error" />
        ) : null}
        {answer ? (
          <AnswerView
            answer={answer}
            picks={picks}
            onPicks={pick}
            onExample={(q) => {
              setQuestion(q);
              void ask(q);
            }}
          />
        ) : null}
      </div>
    </TitledSection>
  );
}

interface AnswerViewProps {
  answer: LayeringAnswer;
  picks: ClarifyPicks;
  onPicks: (picks: ClarifyPicks) => void;
  onExample: (question: string) => void;
}

/** The service's short answer, and what goes with it: the verdict, tips, candidates to pick, or questions to try. */
function AnswerView({ answer, picks, onPicks, onExample }: AnswerViewProps) {
  const { locale, t } = useI18n();
  const text = t.layering.ask;
  return (
    <div className="ask-answer" data-testid="ask-answer" data-kind={answer.kind} lang={answer.locale}>
      {answer.kind === 'pair' ? (
        <p className={`verdict-badge verdict-badge--${answer.pair.verdict}`}>
          {verdictLabel(answer.pair.verdict, locale)} · {t.layering.pair.scoreValue(answer.pair.score)}
        </p>
      ) : null}
      <p className="ask-answer__text" data-testid="ask-answer-text">
        {answer.text}
      </p>
      {answer.kind === 'howTo' ? (
        <div>
          <h3 className="ask-answer__title">{text.tips}</h3>
          <ul className="ask-answer__tips">
            {answer.tips.map((tip) => (
              <li key={tip.en}>{tip[locale]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {answer.kind === 'clarify' ? <ClarifyChoices answer={answer} picks={picks} onPicks={onPicks} /> : null}
      {answer.kind === 'help' && answer.examples.length > 0 ? (
        <div>
          <h3 className="ask-answer__title">{text.examples}</h3>
          <ul className="chips">
            {answer.examples.map((example) => (
              <li key={example}>
                <button type="button" className="chip" data-testid="ask-example" onClick={() => onExample(example)}>
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
