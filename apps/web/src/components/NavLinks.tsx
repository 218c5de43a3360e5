'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useI18n } from '../i18n/I18nProvider';
import './navLinks.css';

const LINKS = [
  { href: '/', key: 'home' },
  { href: '/search', key: 'search' },
  { href: '/accords', key: 'accords' },
  { href: '/notes', key: 'notes' },
  { href: '/map', key: 'map' },
  { href: '/layering', key: 'layering' },
  { href: '/chat', key: 'chat' },
] as const;

export function NavLinks() {
  const { t } = useI18n();
  const pathname = usePathname();
  return (
    <nav className="site-nav" aria-label={t.nav.main}>
      {LINKS.map(({ href, key }) => {
        const active = href === '/' ? pathname === '/' : pathname.startsWith(href);
        return (
          <Link key={href} href={href} className="site-nav__link" aria-current={active ? 'page' : undefined}>
            {t.nav[key]}
          </Link>
        );
      })}
    </nav>
  );
}
