import Link from 'next/link';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { AccountMenu } from '../members/AccountMenu';
import { NavLinks } from './NavLinks';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-logo" aria-label="Scentence">
          <span className="site-logo__mark" aria-hidden="true" />
          Scentence
        </Link>
        <NavLinks />
        <AccountMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
