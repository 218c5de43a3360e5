import type { Metadata } from 'next';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { MapExplorer } from '../../map/MapExplorer';
import { ScentmapProvider } from '../../trpc/ScentmapProvider';

export async function generateMetadata(): Promise<Metadata> {
  const text = dictionaryOf(await requestLocale()).map;
  return { title: text.metaTitle, description: text.intro };
}

/** 향수 지도: the shell is rendered here; the map's canvas is drawn in the browser only. */
export default async function MapPage() {
  const text = dictionaryOf(await requestLocale()).map;
  return (
    <>
      <h1 className="page-title">{text.title}</h1>
      <p className="scent-map__intro">{text.intro}</p>
      <ScentmapProvider>
        <MapExplorer />
      </ScentmapProvider>
    </>
  );
}
