import Link from 'next/link';
import { AuthPanel } from './AuthPanel';

interface ExpiredSignInPanelProps {
  title: string;
  body: string;
  backToLogin: string;
}

/** A pending sign-in step (account link, recovery) whose cookie is gone: back to the login. */
export function ExpiredSignInPanel({ title, body, backToLogin }: ExpiredSignInPanelProps) {
  return (
    <AuthPanel title={title} intro={<p>{body}</p>}>
      <Link href="/login" className="button">
        {backToLogin}
      </Link>
    </AuthPanel>
  );
}
