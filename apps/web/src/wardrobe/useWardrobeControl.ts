'use client';

import { type PerfumeSummary, WARDROBE_STATES, type WardrobeSource, type WardrobeState } from '@scentence/api/schemas';
import { useRouter } from 'next/navigation';
import { type KeyboardEvent, useState } from 'react';
import { loginHrefFor } from './loginHref';
import { useMenuDisclosure } from './useMenuDisclosure';
import { useWardrobeStateChange } from './useWardrobeStateChange';
import { useWardrobeStatus, useWardrobeStatusOf } from './useWardrobeStatus';
import { type WardrobeChoice, wardrobeChoices } from './WardrobeStateMenu';

export interface QuickSave {
  state: WardrobeState;
  source: WardrobeSource;
  label: string;
}

/**
 * What the wardrobe button does: a guest's press goes to log in, a quick save saves at once,
 * otherwise the press and the arrow keys open the menu whose choices move, save or (after
 * confirming) remove the perfume.
 */
export function useWardrobeControl(perfumeId: PerfumeSummary['id'], quickSave: QuickSave | undefined) {
  const router = useRouter();
  const { signedIn, entry } = useWardrobeStatus(perfumeId);
  const statusOf = useWardrobeStatusOf();
  const { putIn, takeOut, removing, failed, clearFailure, busy } = useWardrobeStateChange(perfumeId);
  const menu = useMenuDisclosure();
  const [confirming, setConfirming] = useState(false);
  const choices = wardrobeChoices(entry !== null);
  const hasMenu = signedIn && !(quickSave && !entry);

  function openMenu(at: number) {
    clearFailure();
    menu.openAt(at);
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
    if (menu.open) menu.close();
    else openMenu(entry ? WARDROBE_STATES.indexOf(entry.state) : 0);
  }

  async function saveAtOnce({ state, source }: QuickSave) {
    // A press before the perfume's state has loaded must not save one that is already in the wardrobe.
    if (await statusOf(perfumeId).catch(() => null)) return;
    await putIn(null, state, source);
  }

  function choose(choice: WardrobeChoice) {
    menu.close();
    if (choice === 'remove') setConfirming(true);
    else if (entry?.state !== choice) void putIn(entry, choice, 'manual');
  }

  function onButtonKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (!hasMenu || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    openMenu(event.key === 'ArrowDown' ? 0 : choices.length - 1);
  }

  function confirmRemove() {
    setConfirming(false);
    void takeOut();
  }

  return {
    signedIn,
    entry,
    menu,
    choices,
    hasMenu,
    busy,
    failed,
    confirming,
    removing,
    press,
    choose,
    onButtonKey,
    cancelRemove: () => setConfirming(false),
    confirmRemove,
  };
}
