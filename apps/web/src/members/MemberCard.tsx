import type { ReactNode } from 'react';
import { TitledSection } from '../components/TitledSection';

interface MemberCardProps {
  titleId: string;
  title: string;
  /** Withdrawal: drawn in the warning colour. */
  danger?: boolean;
  children: ReactNode;
}

/** One titled card of the member's page (profile, picture, password, withdrawal). */
export function MemberCard({ titleId, title, danger = false, children }: MemberCardProps) {
  return (
    <TitledSection
      titleId={titleId}
      title={title}
      className={danger ? 'member-card member-card--danger' : 'member-card'}
      titleClassName="member-card__title"
    >
      {children}
    </TitledSection>
  );
}
