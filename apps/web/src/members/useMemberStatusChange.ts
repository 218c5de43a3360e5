'use client';

import { type AdminMember, type MemberStatus, memberStatusSchema } from '@scentence/api/schemas';
import { useState } from 'react';
import { trpc } from '../trpc/client';
import { useFailureText } from './useFailureText';

/** The status an admin picks for a member; "withdrawn" purges at once, so it asks a second time. */
export function useMemberStatusChange(member: AdminMember, onChanged: (member: AdminMember) => void) {
  const failureText = useFailureText();
  const utils = trpc.useUtils();
  const setStatus = trpc.admin.members.setStatus.useMutation();
  const [choice, setChoice] = useState<MemberStatus>(member.status);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choose(value: string) {
    const parsed = memberStatusSchema.safeParse(value);
    if (parsed.success) setChoice(parsed.data);
    setConfirming(false);
  }

  async function apply() {
    if (choice === 'withdrawn' && !confirming) {
      setConfirming(true);
      return;
    }
    setError(null);
    try {
      const changed = await setStatus.mutateAsync({ id: member.id, status: choice });
      setConfirming(false);
      onChanged(changed);
      await utils.admin.members.list.invalidate();
    } catch (failure) {
      setError(failureText(failure, []).message);
    }
  }

  return { choice, confirming, error, applying: setStatus.isPending, choose, apply };
}
