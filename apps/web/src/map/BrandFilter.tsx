'use client';

import type { MapFilterOptions } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { Combobox } from '../search/Combobox';
import { RemovableChip } from '../search/RemovableChip';

type BrandOption = MapFilterOptions['brands'][number];

const SHOWN_BRANDS = 8;

const brandName = (locale: Locale, brand: Pick<BrandOption, 'name' | 'nameKo'>) =>
  locale === 'ko' && brand.nameKo ? brand.nameKo : brand.name;

/** The brands whose Korean or English name holds the typed text, most perfumes first (as the service lists them). */
export function brandsMatching(brands: readonly BrandOption[], typed: string): BrandOption[] {
  const needle = typed.trim().toLocaleLowerCase('en-US').replaceAll(' ', '');
  if (!needle) return [];
  const folded = (text: string | null) => (text ?? '').toLocaleLowerCase('en-US').replaceAll(' ', '');
  return brands
    .filter((brand) => folded(brand.name).includes(needle) || folded(brand.nameKo).includes(needle))
    .slice(0, SHOWN_BRANDS);
}

interface BrandFilterProps {
  brands: readonly BrandOption[];
  chosen: string | undefined;
  onChoose: (slug: string | undefined) => void;
}

/** A brand picked by typing part of its name; once picked it shows as a chip that takes it off. */
export function BrandFilter({ brands, chosen, onChoose }: BrandFilterProps) {
  const { t, locale } = useI18n();
  const text = t.map.filters;
  const [typed, setTyped] = useState('');
  const matches = brandsMatching(brands, typed);
  const chosenBrand = chosen === undefined ? undefined : brands.find((brand) => brand.slug === chosen);
  return (
    <div className="scent-map__field">
      <span className="scent-map__field-label" aria-hidden="true">
        {t.search.brand}
      </span>
      {chosen !== undefined ? (
        <RemovableChip
          label={chosenBrand ? brandName(locale, chosenBrand) : chosen}
          testId="map-filter-brand-chip"
          onRemove={() => onChoose(undefined)}
        />
      ) : (
        <Combobox
          value={typed}
          onValueChange={setTyped}
          groups={[
            {
              key: 'brands',
              title: t.autocomplete.brands,
              options: matches.map((brand) => ({
                key: brand.slug,
                value: brand,
                kind: 'brand',
                content: (
                  <>
                    <span className="suggestion__main">{brandName(locale, brand)}</span>
                    <span className="suggestion__sub">{t.autocomplete.brandPerfumes(brand.count)}</span>
                  </>
                ),
              })),
            },
          ]}
          onChoose={(brand) => {
            setTyped('');
            onChoose(brand.slug);
          }}
          status={typed.trim() && matches.length === 0 ? text.brandEmpty : null}
          announcement={text.brandCount(matches.length)}
          text={{ label: text.brandLabel, instructions: text.brandInstructions, placeholder: text.brandPlaceholder }}
          testId="map-filter-brand"
          type="text"
          inputClassName="scent-map__input"
        />
      )}
    </div>
  );
}
