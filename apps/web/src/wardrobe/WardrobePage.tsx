'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ForYouSection } from './ForYouSection';
import { TasteSection } from './TasteSection';
import { WardrobeAdd } from './WardrobeAdd';
import { WardrobeCollection } from './WardrobeCollection';
import { WardrobeFiles } from './WardrobeFiles';
import './wardrobe.css';

const NOTICE_MS = 6000;

/** 향수옷장: add perfumes, the collection in its three tabs, the taste it adds up to, "for you", files. */
export function WardrobePage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<WardrobeState>('have');
  const [target, setTarget] = useState<WardrobeState>('have');
  const [notice, setNotice] = useState<{ id: number; message: string } | null>(null);

  // The notice leaves the screen after a while; the live region has read it out by then.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const announce = useCallback(
    (message: string) => setNotice((previous) => ({ id: (previous?.id ?? 0) + 1, message })),
    [],
  );

  return (
    <div className="wardrobe" data-testid="wardrobe-page">
      <p className="wardrobe__intro">{t.wardrobe.intro}</p>
      <WardrobeAdd target={target} onTarget={setTarget} announce={announce} />
      <p className="wardrobe-notice" role="status" data-testid="wardrobe-notice">
        {notice ? <span key={notice.id}>{notice.message}</span> : null}
      </p>
      <WardrobeCollection
        tab={tab}
        onTab={(state) => {
          setTab(state);
          setTarget(state);
        }}
        announce={announce}
      />
      <TasteSection />
      <ForYouSection />
      <WardrobeFiles />
    </div>
  );
}
