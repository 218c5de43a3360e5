'use client';

import Link from 'next/link';
import { useI18n } from '../i18n/I18nProvider';
import { loginHrefFor } from '../wardrobe/loginHref';
import type { ChatProblem } from './chatProblem';
import { comebackTime } from './comebackTime';

interface ChatProblemNoticeProps {
  problem: ChatProblem;
  /** Where the login page sends the reader back to. */
  returnTo: string;
  /** A message that did not go and can be sent again. */
  canRetry: boolean;
  onRetry: () => void;
  onNewChat: () => void;
}

/** What went wrong, kindly: a message limit with when to come back (a guest is offered to sign in), a missing thread, a backend that is down. */
export function ChatProblemNotice({ problem, returnTo, canRetry, onRetry, onNewChat }: ChatProblemNoticeProps) {
  const { locale, t } = useI18n();
  const text = t.chat.problems;
  const newChat = (
    <button type="button" className="button button--quiet" onClick={onNewChat} data-testid="chat-problem-new">
      {text.newChat}
    </button>
  );

  if (problem.kind === 'limit') {
    const when = comebackTime(problem.retryAt, Date.now(), locale, text.tomorrow);
    // A member is already signed in: only the wait is theirs to know.
    const member = problem.of === 'memberMessages';
    const explanation = {
      messages: () => text.limit(problem.limit, when),
      sessions: () => text.sessionLimit(when),
      memberMessages: () => text.memberLimit(problem.limit, when),
    }[problem.of]();
    return (
      <div
        className="notice chat-notice"
        role="alert"
        data-testid="chat-problem"
        data-kind="limit"
        data-of={problem.of}
      >
        <p className="notice__title">{member ? text.memberLimitTitle : text.limitTitle}</p>
        <p>{explanation}</p>
        {member ? null : (
          <Link href={loginHrefFor(returnTo)} className="button">
            {text.limitSignIn}
          </Link>
        )}
      </div>
    );
  }
  if (problem.kind === 'notFound') {
    return (
      <div className="notice chat-notice" role="alert" data-testid="chat-problem" data-kind="notFound">
        <p className="notice__title">{text.notFoundTitle}</p>
        <p>{text.notFoundBody}</p>
        {newChat}
      </div>
    );
  }
  const message = {
    expired: text.expired,
    busy: text.busy,
    invalid: text.invalid,
    unavailable: text.unavailable,
    generic: text.generic,
  }[problem.kind];
  const retry = canRetry && problem.kind !== 'expired' && problem.kind !== 'invalid';
  return (
    <div className="notice notice--error chat-notice" role="alert" data-testid="chat-problem" data-kind={problem.kind}>
      <p>{message}</p>
      {retry ? (
        <button type="button" className="button button--quiet" onClick={onRetry} data-testid="chat-problem-retry">
          {text.retry}
        </button>
      ) : null}
      {problem.kind === 'expired' ? newChat : null}
    </div>
  );
}
