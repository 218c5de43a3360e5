import Link from 'next/link';

interface FirstPageLinkProps {
  /** Where the list starts now; the link shows only once the reader has paged on. */
  from: number;
  href: string;
  label: string;
}

/** Back to a catalog list's first page. */
export function FirstPageLink({ from, href, label }: FirstPageLinkProps) {
  if (from <= 0) return null;
  return (
    <Link href={href} className="section__link">
      {label}
    </Link>
  );
}
