import type { ReactNode } from 'react';
import { SectionHead } from './SectionHead';

interface PageSectionProps {
  /** The title's id, which names the section for screen readers. */
  titleId: string;
  title: ReactNode;
  /** A line under the title. */
  hint?: string;
  /** Links beside the title ("first page"). */
  links?: ReactNode;
  children: ReactNode;
}

/** A page section under its title row: the catalog pages' profiles and lists. */
export function PageSection({ titleId, title, hint, links, children }: PageSectionProps) {
  return (
    <section className="section" aria-labelledby={titleId}>
      <SectionHead id={titleId} title={title} hint={hint}>
        {links}
      </SectionHead>
      {children}
    </section>
  );
}
