import type { Metadata } from 'next';
import type { Dictionary } from '../i18n/ko';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';

type MembersPage = keyof Dictionary['pageDescriptions'] & keyof Dictionary['members'];

/** `generateMetadata` for a members page: its title and description in the reader's language, kept out of search engines. */
export function membersPageTitle(page: MembersPage) {
  return async (): Promise<Metadata> => {
    const t = dictionaryOf(await requestLocale());
    return {
      title: `${t.members[page].title} | Scentence`,
      description: t.pageDescriptions[page],
      robots: { index: false },
    };
  };
}
