'use client';

import { type PerfumeSummary, WARDROBE_STATES, type WardrobeSource, type WardrobeState } from '@scentence/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { moveActive } from '../search/comboboxNavigation';
import { trpc } from '../trpc/client';
import { ConfirmDialog } from './ConfirmDialog';
import { loginHrefFor } from './loginHref';
import type { WardrobeStatusItem } from './statusBatcher';
import { useWardrobeRefresh, useWardrobeStatus, useWardrobeStatusOf, WARDROBE_STATUS_KEY } from './useWardrobeStatus';
import './wardrobeButton.css';

type Choice = WardrobeState | 'remove';

interface WardrobeButtonProps {
  perfume: Pick<PerfumeSummary, 'id' | 'brand' | 'brandKo' | 'name'>;
  /** `card`: a small pill over the card's picture; `page`: a full button on the perfume page. */
  variant?: 'card' | 'page';
  /**
   * One press saves a perfume that is not in the wardrobe yet in this state, from this source
   * (the chat's "위시에 담기"); once it is in, the menu works as everywhere else.
   */
  quickSave?: { state: WardrobeState; source: WardrobeSource; label: string };
}

/**
 * "Add to wardrobe" with the perfume's state in the member's wardrobe, and a menu to put it in
 * HAVE / WISH / HAD or take it out. A guest who presses it logs in and comes back here.
 */
export function WardrobeButton({ perfume, variant = 'card', quickSave }: WardrobeButtonProps) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.control;
  const router = useRouter();
  const queryClient = useQueryClient();
  const refresh = useWardrobeRefresh();
  const { signedIn, entry } = useWardrobeStatus(perfume.id);
  const statusOf = useWardrobeStatusOf();
  const save = trpc.wardrobe.save.useMutation();
  const update = trpc.wardrobe.update.useMutation();
  const remove = trpc.wardrobe.remove.useMutation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const name = `${brandIn(locale, perfume)} ${perfume.name}`;
  const choices: Choice[] = entry ? [...WARDROBE_STATES, 'remove'] : [...WARDROBE_STATES];
  const busy = save.isPending || update.isPending || remove.isPending;
  const hasMenu = signedIn && !(quickSave && !entry);

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  // A press or focus anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  function openMenu(at: number) {
    setFailed(false);
    setActive(Math.max(0, at));
    setOpen(true);
  }

  function closeMenu() {
    setOpen(false);
    button.current?.focus();
  }

  function press() {
    if (!signedIn) {
      router.push(loginHrefFor(`${window.location.pathname}${window.location.search}`));
      return;
    }
    if (quickSave && !entry) {
      void saveAtOnce(quickSave);
      return;
    }
    if (open) closeMenu();
    else openMenu(entry ? WARDROBE_STATES.indexOf(entry.state) : 0);
  }

  async function change(run: () => Promise<unknown>, next: WardrobeStatusItem | null) {
    const key = [WARDROBE_STATUS_KEY, perfume.id];
    const before = queryClient.getQueryData<WardrobeStatusItem | null>(key);
    queryClient.setQueryData(key, next);
    try {
      await run();
    } catch {
      queryClient.setQueryData(key, before ?? null);
      setFailed(true);
    }
    await refresh();
  }

  async function saveAtOnce({ state, source }: NonNullable<WardrobeButtonProps['quickSave']>) {
    // A press before the perfume's state has loaded must not save one that is already in the wardrobe.
    if (await statusOf(perfume.id).catch(() => null)) return;
    const perfumeId = perfume.id;
    await change(() => save.mutateAsync({ perfumeId, state, source }), { perfumeId, state, preference: 'neutral' });
  }

  function choose(choice: Choice) {
    closeMenu();
    if (choice === 'remove') {
      setConfirming(true);
      return;
    }
    if (entry?.state === choice) return;
    const perfumeId = perfume.id;
    if (entry) void change(() => update.mutateAsync({ perfumeId, state: choice }), { ...entry, state: choice });
    else
      void change(() => save.mutateAsync({ perfumeId, state: choice, source: 'manual' }), {
        perfumeId,
        state: choice,
        preference: 'neutral',
      });
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const last = choices.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: moveActive(active, choices.length, 1),
      ArrowUp: moveActive(active, choices.length, -1),
      Home: 0,
      End: last,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeMenu();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  function onButtonKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (!hasMenu || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    openMenu(event.key === 'ArrowDown' ? 0 : choices.length - 1);
  }

  const label = entry ? text.inState[entry.state] : (quickSave?.label ?? text.add);
  return (
    <div
      ref={root}
      className={`wardrobe-control wardrobe-control--${variant}`}
      data-testid="wardrobe-control"
      data-state={entry?.state ?? 'none'}
    >
      <button
        ref={button}
        type="button"
        className={`wardrobe-control__button${entry ? ' wardrobe-control__button--in' : ''}`}
        aria-haspopup={hasMenu ? 'menu' : undefined}
        aria-expanded={hasMenu ? open : undefined}
        aria-controls={hasMenu ? menuId : undefined}
        aria-busy={busy}
        data-testid="wardrobe-control-button"
        onClick={press}
        onKeyDown={onButtonKey}
      >
        <span className="wardrobe-control__icon" aria-hidden="true">
          {entry ? '✓' : '+'}
        </span>
        {label}
        <span className="visually-hidden"> · {name}</span>
      </button>
      {signedIn ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={text.menu(name)}
          className="wardrobe-control__menu"
          hidden={!open}
          tabIndex={-1}
          onKeyDown={onMenuKey}
          data-testid="wardrobe-control-menu"
        >
          {choices.map((choice, index) =>
            choice === 'remove' ? (
              <button
                key={choice}
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                className="wardrobe-control__item wardrobe-control__item--remove"
                data-testid="wardrobe-control-remove"
                onClick={() => choose(choice)}
              >
                {text.removeItem}
              </button>
            ) : (
              <button
                key={choice}
                type="button"
                role="menuitemradio"
                aria-checked={entry?.state === choice}
                tabIndex={index === active ? 0 : -1}
                className="wardrobe-control__item"
                data-testid={`wardrobe-control-${choice}`}
                onClick={() => choose(choice)}
              >
                {t.wardrobe.states[choice]}
              </button>
            ),
          )}
        </div>
      ) : null}
      {failed ? (
        <p className="wardrobe-control__error" role="alert">
          {text.failed}
        </p>
      ) : null}
      {entry && confirming ? (
        <ConfirmDialog
          title={t.wardrobe.remove.title}
          confirmLabel={t.wardrobe.remove.confirm}
          cancelLabel={t.wardrobe.entry.cancel}
          danger
          busy={remove.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void change(() => remove.mutateAsync({ perfumeId: perfume.id }), null);
          }}
          testId="wardrobe-control-confirm"
        >
          <p className="wardrobe-dialog__name">{name}</p>
          <p>{t.wardrobe.remove.body}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
