'use client';

import type { ChatThreadSummary } from '@scentence/api/schemas';
import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../members/formatDate';
import { trpc } from '../trpc/client';
import { ConfirmDialog } from '../wardrobe/ConfirmDialog';
import { ChatRenameForm } from './ChatRenameForm';
import { threadHref } from './chatUrls';

interface ChatThreadItemProps {
  thread: ChatThreadSummary;
  current: boolean;
  /** The thread is gone: the page leaves it if it was on screen. */
  onDeleted: (threadId: string) => void;
}

/** One of the member's threads: opens it, renames it in place, deletes it after asking. */
export function ChatThreadItem({ thread, current, onDeleted }: ChatThreadItemProps) {
  const { t } = useI18n();
  const text = t.chat.threads;
  const utils = trpc.useUtils();
  const rename = trpc.chat.rename.useMutation();
  const remove = trpc.chat.delete.useMutation();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);

  async function run(action: () => Promise<unknown>) {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
    await utils.chat.threads.invalidate();
  }

  return (
    <li className="chat-thread" data-testid="chat-thread" data-thread-id={thread.id} data-current={current}>
      {renaming ? (
        <ChatRenameForm
          title={thread.title}
          busy={rename.isPending}
          onCancel={() => setRenaming(false)}
          onSave={(title) => {
            setRenaming(false);
            void run(() => rename.mutateAsync({ threadId: thread.id, title }));
          }}
        />
      ) : (
        <>
          <ChatThreadLink thread={thread} current={current} />
          <ChatThreadActions
            title={thread.title}
            onRename={() => setRenaming(true)}
            onDelete={() => setConfirming(true)}
          />
        </>
      )}
      {failed ? (
        <p className="chat-thread__error" role="alert">
          {text.failed}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={text.deleteTitle}
          confirmLabel={text.deleteConfirm}
          cancelLabel={text.cancel}
          danger
          busy={remove.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run(async () => {
              await remove.mutateAsync({ threadId: thread.id });
              onDeleted(thread.id);
            });
          }}
          testId="chat-delete-dialog"
        >
          <p className="wardrobe-dialog__name">{thread.title}</p>
          <p>{text.deleteBody}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

/** Opens the thread: its title, how many messages and when it was last active. */
function ChatThreadLink({ thread, current }: { thread: ChatThreadSummary; current: boolean }) {
  const { locale, t } = useI18n();
  return (
    <Link
      href={threadHref(thread.id)}
      className="chat-thread__link"
      aria-current={current ? 'page' : undefined}
      data-testid="chat-thread-link"
    >
      <span className="chat-thread__title" data-testid="chat-thread-title">
        {thread.title}
      </span>
      <span className="chat-thread__meta">
        {t.chat.threads.messages(thread.messages)} · {formatDate(thread.updatedAt, locale)}
      </span>
    </Link>
  );
}

interface ChatThreadActionsProps {
  title: string;
  onRename: () => void;
  onDelete: () => void;
}

function ChatThreadActions({ title, onRename, onDelete }: ChatThreadActionsProps) {
  const text = useI18n().t.chat.threads;
  const actions = [
    { key: 'rename', label: text.rename, className: 'link-button', onClick: onRename },
    { key: 'delete', label: text.delete, className: 'link-button chat-thread__delete', onClick: onDelete },
  ];
  return (
    <fieldset className="chat-thread__actions">
      <legend className="visually-hidden">{text.actionsOf(title)}</legend>
      {actions.map((action) => (
        <button
          key={action.key}
          type="button"
          className={action.className}
          onClick={action.onClick}
          data-testid={`chat-thread-${action.key}`}
        >
          {action.label}
        </button>
      ))}
    </fieldset>
  );
}
