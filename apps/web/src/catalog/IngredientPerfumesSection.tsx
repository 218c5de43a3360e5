import type { AccordPage, NotePage } from '@scentence/api/schemas';
import { PageSection } from '../components/PageSection';
import { dictionaryOf, type Locale } from '../i18n/locale';
import { FirstPageLink } from './FirstPageLink';
import { IngredientPerfumes } from './IngredientPerfumes';

type IngredientPerfumesSectionProps = {
  /** The page's own address, for "first page". */
  here: string;
  locale: Locale;
  from: number;
} & ({ kind: 'note'; page: NotePage } | { kind: 'accord'; page: AccordPage });

/** A note's or an accord's perfumes under their title, with the way back to the first page once paged on. */
export function IngredientPerfumesSection({ here, locale, ...list }: IngredientPerfumesSectionProps) {
  const t = dictionaryOf(locale);
  const titleId = `${list.kind}-perfumes-title`;
  const title = list.kind === 'note' ? t.notePage.perfumesTitle : t.accordPage.perfumesTitle;
  return (
    <PageSection
      titleId={titleId}
      title={title}
      links={<FirstPageLink from={list.from} href={here} label={t.catalog.firstPage} />}
    >
      <IngredientPerfumes {...list} />
    </PageSection>
  );
}
