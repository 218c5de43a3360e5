import type { FormNotice } from './useMemberForm';

/** A form's success or error notice, announced politely. */
export function FormNoticeLine({ notice, testId }: { notice: FormNotice | null; testId?: string }) {
  if (!notice) return null;
  return (
    <p className={`member-form__message member-form__message--${notice.tone}`} role="status" data-testid={testId}>
      {notice.text}
    </p>
  );
}
