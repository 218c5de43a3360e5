import type { ReactNode } from 'react';

interface PanelProps {
  /** The title's id, which labels the panel. */
  id: string;
  title: string;
  hint?: string;
  wide?: boolean;
  testId?: string;
  children: ReactNode;
}

/** One of the perfume page's titled panels, with an optional hint under the title. */
export function Panel({ id, title, hint, wide = false, testId, children }: PanelProps) {
  return (
    <section className={wide ? 'panel panel--wide' : 'panel'} aria-labelledby={id} data-testid={testId}>
      <h2 className="panel__title" id={id}>
        {title}
      </h2>
      {hint ? <p className="panel__hint">{hint}</p> : null}
      {children}
    </section>
  );
}
