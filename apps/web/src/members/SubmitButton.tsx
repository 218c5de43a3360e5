interface SubmitButtonProps {
  pending: boolean;
  label: string;
  /** What it says while the form is being sent ("저장 중…"). */
  pendingLabel: string;
  testId?: string;
}

/** A member form's submit button, disabled and relabelled while the form is being sent. */
export function SubmitButton({ pending, label, pendingLabel, testId }: SubmitButtonProps) {
  return (
    <button type="submit" className="button member-form__submit" disabled={pending} data-testid={testId}>
      {pending ? pendingLabel : label}
    </button>
  );
}
