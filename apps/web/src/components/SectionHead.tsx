import type { ReactNode } from 'react';

interface SectionHeadProps {
  /** The title's id, for the section's aria-labelledby. */
  id?: string;
  title: ReactNode;
  /** A line under the title; the head then stacks. */
  hint?: string;
  /** Links beside the title ("see all", "first page"). */
  children?: ReactNode;
}

/** A page section's title row. */
export function SectionHead({ id, title, hint, children }: SectionHeadProps) {
  return (
    <div className={hint ? 'section__head section__head--stacked' : 'section__head'}>
      <h2 className="section__title" id={id}>
        {title}
      </h2>
      {hint ? <p className="section__hint">{hint}</p> : null}
      {children}
    </div>
  );
}
