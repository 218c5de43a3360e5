import type { ReactNode } from 'react';
import './members.css';

/** The frame of the sign-up, login, link and recover pages: a titled card in the middle. */
export function AuthPanel({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="auth-panel">
      <h1 className="auth-panel__title">{title}</h1>
      {intro && <div className="auth-panel__intro">{intro}</div>}
      {children}
    </section>
  );
}
