/** What went wrong with a form as a whole, announced at once; nothing while all is well. */
export function FormErrorLine({ error, testId }: { error: string | null | undefined; testId?: string }) {
  if (!error) return null;
  return (
    <p className="member-form__message" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}
