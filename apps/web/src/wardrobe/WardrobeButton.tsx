'use client';

import type { PerfumeSummary } from '@scentence/api/schemas';
import { useId } from 'react';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { RemoveConfirmDialog } from './RemoveConfirmDialog';
import { type QuickSave, useWardrobeControl } from './useWardrobeControl';
import { WardrobeControlButton } from './WardrobeControlButton';
import { WardrobeStateMenu } from './WardrobeStateMenu';
import './wardrobeButton.css';

interface WardrobeButtonProps {
  perfume: Pick<PerfumeSummary, 'id' | 'brand' | 'brandKo' | 'name'>;
  /** `card`: a small pill over the card's picture; `page`: a full button on the perfume page. */
  variant?: 'card' | 'page';
  /**
   * One press saves a perfume that is not in the wardrobe yet in this state, from this source
   * (the chat's "위시에 담기"); once it is in, the menu works as everywhere else.
   */
  quickSave?: QuickSave;
}

/**
 * "Add to wardrobe" with the perfume's state in the member's wardrobe, and a menu to put it in
 * HAVE / WISH / HAD or take it out. A guest who presses it logs in and comes back here.
 */
export function WardrobeButton({ perfume, variant = 'card', quickSave }: WardrobeButtonProps) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.control;
  const control = useWardrobeControl(perfume.id, quickSave);
  const { entry, menu } = control;
  const menuId = useId();
  const name = `${brandIn(locale, perfume)} ${perfume.name}`;

  return (
    <div
      ref={menu.root}
      className={`wardrobe-control wardrobe-control--${variant}`}
      data-testid="wardrobe-control"
      data-state={entry?.state ?? 'none'}
    >
      <WardrobeControlButton
        ref={menu.button}
        state={entry?.state}
        label={entry ? text.inState[entry.state] : (quickSave?.label ?? text.add)}
        name={name}
        menuId={control.hasMenu ? menuId : undefined}
        open={menu.open}
        busy={control.busy}
        onClick={control.press}
        onKeyDown={control.onButtonKey}
      />
      {control.signedIn ? (
        <WardrobeStateMenu
          id={menuId}
          label={text.menu(name)}
          open={menu.open}
          active={menu.active}
          choices={control.choices}
          current={entry?.state}
          onActiveChange={menu.setActive}
          onClose={menu.close}
          onLeave={menu.leave}
          onChoose={control.choose}
        />
      ) : null}
      {control.failed ? (
        <p className="wardrobe-control__error" role="alert">
          {text.failed}
        </p>
      ) : null}
      {entry && control.confirming ? (
        <RemoveConfirmDialog
          name={name}
          busy={control.removing}
          onClose={control.cancelRemove}
          onConfirm={control.confirmRemove}
          testId="wardrobe-control-confirm"
        />
      ) : null}
    </div>
  );
}
