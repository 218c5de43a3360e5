import { cookies } from 'next/headers';
import { LANG_COOKIE, type Locale, toLocale } from './locale';

/** The reader's language for this request, from the `lang` cookie (Korean when absent). */
export async function requestLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LANG_COOKIE)?.value);
}
