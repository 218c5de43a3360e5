import type { Metadata, Viewport } from 'next';
import { getServerSession } from 'next-auth';
import type { ReactNode } from 'react';
import { authOptions } from '../auth/authOptions';
import { SiteHeader } from '../components/SiteHeader';
import { I18nProvider } from '../i18n/I18nProvider';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';
import { AuthSessionProvider } from '../members/AuthSessionProvider';
import { Providers } from '../trpc/Providers';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = dictionaryOf(await requestLocale());
  return { title: t.meta.title, description: t.meta.description };
}

export const viewport: Viewport = { themeColor: '#faf6f1', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const session = await getServerSession(authOptions());
  return (
    <html lang={locale}>
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
