'use client';

import Link from 'next/link';
import { useSession } from 'next-auth/react';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { loginHrefFor } from '../wardrobe/loginHref';
import { displayName } from './displayName';
import { layeringHref, type PairSelection } from './layeringUrl';

/** As many of the member's perfumes as one page of the wardrobe gives. */
const WARDROBE_PICKS = 50;

interface WardrobePicksProps {
  selection: PairSelection;
  onPick: (perfumeId: number) => void;
}

/** "My wardrobe": the perfumes a member has, to pick as the first perfume in one press; a guest is invited to sign in. */
export function WardrobePicks({ selection, onPick }: WardrobePicksProps) {
  const { locale, t } = useI18n();
  const text = t.layering.wardrobe;
  const titleId = useId();
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const list = trpc.wardrobe.list.useQuery(
    { state: 'have', sort: 'added', limit: WARDROBE_PICKS },
    { enabled: signedIn },
  );

  if (status === 'loading') return null;
  return (
    <section className="wardrobe-picks" aria-labelledby={titleId} data-testid="wardrobe-picks">
      <h2 id={titleId} className="wardrobe-picks__title">
        {text.title}
      </h2>
      {!signedIn ? (
        <p className="layering-section__hint">
          {text.guest}{' '}
          <Link href={loginHrefFor(layeringHref(selection))} data-testid="wardrobe-picks-sign-in">
            {text.signIn}
          </Link>
        </p>
      ) : list.data && list.data.items.length === 0 ? (
        <p className="layering-section__hint">{text.empty}</p>
      ) : (
        <ul className="chips" aria-busy={list.isPending}>
          {(list.data?.items ?? []).map(({ perfume }) => (
            <li key={perfume.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={selection.a === perfume.id}
                data-testid="wardrobe-pick"
                data-perfume-id={perfume.id}
                onClick={() => onPick(perfume.id)}
              >
                {displayName(locale, perfume)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
