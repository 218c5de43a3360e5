import type { ReactNode } from 'react';
import { AuthPanel } from './AuthPanel';
import { ExpiredSignInPanel } from './ExpiredSignInPanel';

interface PendingSignInText {
  title: string;
  expiredTitle: string;
  expiredBody: string;
  backToLogin: string;
}

interface PendingSignInPanelProps {
  text: PendingSignInText;
  /** What the pending step is about (the lead names the account or date), or null once its cookie is gone. */
  intro: { testId: string; lead: string; detail: string } | null;
  /** The form that finishes the step. */
  children: ReactNode;
}

/** A page that finishes a sign-in begun elsewhere (account link, recovery), or says it expired. */
export function PendingSignInPanel({ text, intro, children }: PendingSignInPanelProps) {
  if (!intro) {
    return <ExpiredSignInPanel title={text.expiredTitle} body={text.expiredBody} backToLogin={text.backToLogin} />;
  }
  return (
    <AuthPanel
      title={text.title}
      intro={
        <>
          <p data-testid={intro.testId}>{intro.lead}</p>
          <p>{intro.detail}</p>
        </>
      }
    >
      {children}
    </AuthPanel>
  );
}
