import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ChatPage } from '../../chat/ChatPage';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';

// Per visitor (their threads, their guest cookie): never prerendered.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const text = dictionaryOf(await requestLocale()).chat;
  return { title: text.metaTitle, description: text.metaDescription };
}

export default async function ChatRoute() {
  const text = dictionaryOf(await requestLocale()).chat;
  return (
    <>
      <h1 className="page-title">{text.title}</h1>
      {/* The thread and the first message come from the address, which the page reads in the browser. */}
      <Suspense>
        <ChatPage />
      </Suspense>
    </>
  );
}
