import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { getServerSession } from 'next-auth';
import type { ReactNode } from 'react';
import { authOptions } from '../auth/authOptions';
import { SiteHeader } from '../components/SiteHeader';
import { webEnv } from '../env';
import { I18nProvider } from '../i18n/I18nProvider';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';
import { AuthSessionProvider } from '../members/AuthSessionProvider';
import { THEME_COLOUR } from '../seo/theme';
import { Providers } from '../trpc/Providers';
import './globals.css';

// Pretendard from its npm package, served by the app from its own origin: Korean looks the same on
// every machine, with or without Korean fonts installed. One variable file carries every weight.
const pretendard = localFont({
  src: '../../../../node_modules/pretendard/dist/web/variable/woff2/PretendardVariable.woff2',
  weight: '45 920',
  display: 'swap',
  variable: '--font-pretendard',
});

export async function generateMetadata(): Promise<Metadata> {
  const t = dictionaryOf(await requestLocale());
  // Share previews (og:image) need absolute addresses on the site's public origin.
  return { metadataBase: new URL(webEnv().NEXTAUTH_URL), title: t.meta.title, description: t.meta.description };
}

export const viewport: Viewport = { themeColor: THEME_COLOUR, width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const session = await getServerSession(authOptions());
  return (
    <html lang={locale} className={pretendard.variable}>
      <body>
        <I18nProvider locale={locale}>
          <AuthSessionProvider session={session}>
            <Providers>
              <SiteHeader />
              <main className="site-main">{children}</main>
              <footer className="site-footer">
                <p>
                  <strong>Scentence</strong> · {t.footer.tagline}
                </p>
              </footer>
            </Providers>
          </AuthSessionProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
