'use client';

import Form from 'next/form';
import { useState } from 'react';
import type { Dictionary } from '../i18n/ko';
import { SearchAutocomplete } from '../search/SearchAutocomplete';

/**
 * The home page's search box: a GET form to /search, so it works before any script loads; with
 * scripts it suggests perfumes, brands and notes as the reader types.
 */
export function SearchBox({ t }: { t: Dictionary['searchBox'] }) {
  const [text, setText] = useState('');
  return (
    <search>
      <Form action="/search" className="search-box">
        <SearchAutocomplete value={text} onValueChange={setText} inputId="home-q" testId="home-search-input" />
        <button type="submit" className="button search-box__submit">
          {t.submit}
        </button>
      </Form>
    </search>
  );
}
