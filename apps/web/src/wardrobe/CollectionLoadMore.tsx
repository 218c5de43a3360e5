'use client';

import { useI18n } from '../i18n/I18nProvider';

/** "More" under the entries, showing that the next page is on its way while it loads. */
export function CollectionLoadMore({ loading, onMore }: { loading: boolean; onMore: () => void }) {
  const { t } = useI18n();
  return (
    <div className="search-results__more">
      <button type="button" className="button" disabled={loading} onClick={onMore}>
        {loading ? t.wardrobe.loading : t.wardrobe.list.more}
      </button>
    </div>
  );
}
