import Form from 'next/form';
import type { Dictionary } from '../i18n/ko';

/** The home page's search box: a plain GET form to /search, so it works before any script loads. */
export function SearchBox({ t }: { t: Dictionary['searchBox'] }) {
  return (
    <search>
      <Form action="/search" className="search-box">
        <label className="visually-hidden" htmlFor="home-q">
          {t.label}
        </label>
        <input
          id="home-q"
          className="search-box__input"
          type="search"
          name="q"
          placeholder={t.placeholder}
          autoComplete="off"
          maxLength={100}
          data-testid="home-search-input"
        />
        <button type="submit" className="button search-box__submit">
          {t.submit}
        </button>
      </Form>
    </search>
  );
}
