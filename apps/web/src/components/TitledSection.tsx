import type { ReactNode } from 'react';

interface TitledSectionProps {
  /** The heading's id, which names the section for screen readers. */
  titleId: string;
  title: ReactNode;
  className: string;
  titleClassName: string;
  testId?: string;
  children: ReactNode;
}

/** A section named by its own level-2 heading (a member card, a wardrobe section, a map panel). */
export function TitledSection({ titleId, title, className, titleClassName, testId, children }: TitledSectionProps) {
  return (
    <section className={className} aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
