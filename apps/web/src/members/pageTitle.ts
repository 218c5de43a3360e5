import type { Metadata } from 'next';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';
import type { MembersText } from './membersText.ko';

/** `generateMetadata` for a members page: its title in the reader's language. */
export function membersPageTitle(pick: (text: MembersText) => string) {
  return async (): Promise<Metadata> => {
    const text = dictionaryOf(await requestLocale()).members;
    return { title: `${pick(text)} | Scentence`, robots: { index: false } };
  };
}
