'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';
import './wardrobeDialog.css';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action shows its button in the danger colour. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  /** Cancelled (its button, Escape): the owner stops rendering it. */
  onClose: () => void;
  testId: string;
}

/**
 * A modal question, open for as long as it is rendered (the native <dialog>: focus is kept
 * inside, Escape cancels). Focus goes back to whatever opened it when it goes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement;
    element.showModal();
    // A close that was undone by opening again (a remount) is not the reader's cancel.
    const closed = () => {
      if (!element.open) onClose.current();
    };
    element.addEventListener('close', closed);
    return () => {
      element.removeEventListener('close', closed);
      if (element.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className="wardrobe-dialog" aria-labelledby={titleId} data-testid={props.testId}>
      <form
        method="dialog"
        className="wardrobe-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onConfirm();
        }}
      >
        <h2 id={titleId} className="wardrobe-dialog__title">
          {props.title}
        </h2>
        {props.children}
        <div className="wardrobe-dialog__actions">
          <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
            {props.cancelLabel}
          </button>
          <button
            type="submit"
            className={props.danger ? 'button button--danger' : 'button'}
            disabled={props.busy}
            data-testid={`${props.testId}-confirm`}
          >
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
