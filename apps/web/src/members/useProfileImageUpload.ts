'use client';

import { type MemberProfile, memberMessage } from '@scentence/api/schemas';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { isProfileImageType, profileImageFileProblem } from './profileImageFile';
import { useFailureText } from './useFailureText';
import type { FormNotice } from './useMemberForm';

class UploadRejected extends Error {}

/** A local object URL for the chosen file, revoked when the file changes or the section goes. */
function usePreviewUrl(file: File | null): string | null {
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return preview;
}

/**
 * Choose → preview → upload: the browser PUTs the file straight to storage (a presigned S3 URL,
 * or the local driver's upload link) with exactly the headers the backend signed, then asks the
 * backend to check and use it.
 */
export function useProfileImageUpload(onProfile: (profile: MemberProfile) => void) {
  const { locale, t } = useI18n();
  const text = t.members.me;
  const failureText = useFailureText();
  const createUpload = trpc.member.profileImage.createUpload.useMutation();
  const confirm = trpc.member.profileImage.confirm.useMutation();
  const remove = trpc.member.profileImage.remove.useMutation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewUrl(file);
  const [uploading, setUploading] = useState(false);
  const [message, setMessage] = useState<FormNotice | null>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setMessage(null);
    if (!chosen) return setFile(null);
    const problem = profileImageFileProblem(chosen);
    if (problem) {
      setFile(null);
      event.target.value = '';
      setMessage({ tone: 'error', text: memberMessage(problem, locale) });
      return;
    }
    setFile(chosen);
  }

  async function upload() {
    if (!file || !isProfileImageType(file.type)) return;
    setUploading(true);
    setMessage(null);
    try {
      const target = await createUpload.mutateAsync({ contentType: file.type, contentLength: file.size });
      const put = await fetch(target.uploadUrl, { method: target.method, headers: target.headers, body: file });
      if (!put.ok) throw new UploadRejected(`storage answered ${put.status}`);
      onProfile(await confirm.mutateAsync({ uploadKey: target.uploadKey }));
      setFile(null);
      if (input.current) input.current.value = '';
      setMessage({ tone: 'success', text: text.uploaded });
    } catch (error) {
      const reason = error instanceof UploadRejected ? text.uploadFailed : failureText(error, []).message;
      setMessage({ tone: 'error', text: reason ?? text.uploadFailed });
    } finally {
      setUploading(false);
    }
  }

  async function removeImage() {
    setMessage(null);
    try {
      onProfile(await remove.mutateAsync({}));
      setMessage({ tone: 'success', text: text.removed });
    } catch (error) {
      setMessage({ tone: 'error', text: failureText(error, []).message ?? text.uploadFailed });
    }
  }

  return { input, file, preview, uploading, removing: remove.isPending, message, choose, upload, removeImage };
}
