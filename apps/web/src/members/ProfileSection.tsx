'use client';

import { type MemberProfile, memberFieldSchemas, NICKNAME_MAX_LENGTH, type UserMode } from '@scentence/api/schemas';
import { useSession } from 'next-auth/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { availabilityStatus } from './availabilityStatus';
import { FormNoticeLine } from './FormNoticeLine';
import { ruleMessages } from './fieldErrors';
import { MemberCard } from './MemberCard';
import { SubmitButton } from './SubmitButton';
import { checkNicknameAvailability } from './signUpActions';
import { TextField } from './TextField';
import { UserModeChoice } from './UserModeChoice';
import { useAvailability } from './useAvailability';
import { useMemberForm } from './useMemberForm';

const FIELDS = ['nickname', 'secondaryEmail', 'userMode'] as const;

interface ProfileSectionProps {
  profile: MemberProfile;
  onProfile: (profile: MemberProfile) => void;
}

/** Nickname, user mode and a secondary email; only what changed is sent. */
export function ProfileSection({ profile, onProfile }: ProfileSectionProps) {
  const text = useI18n().t.members;
  const session = useSession();
  const updateProfile = trpc.member.updateProfile.useMutation();
  const form = useMemberForm(
    { nickname: profile.nickname, secondaryEmail: profile.secondaryEmail ?? '' },
    { serverFields: FIELDS, keepNoticeWhileEditing: true },
  );
  const { nickname, secondaryEmail } = form.values;
  const { serverErrors } = form;
  const [userMode, setUserMode] = useState<UserMode>(profile.userMode);
  const [secondaryVisited, setSecondaryVisited] = useState(false);

  const { nicknameChanged, nicknameErrors, secondaryErrors, availability, nicknameStatus } = useProfileChecks(
    profile,
    form.values,
    serverErrors.nickname,
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    form.setNotice(null);
    setSecondaryVisited(true);
    if (nicknameErrors.length > 0 || secondaryErrors.length > 0 || availability.status === 'taken') return;
    const changes = profileChanges(profile, { nickname, secondaryEmail, userMode });
    if (Object.keys(changes).length === 0) {
      form.setNotice({ tone: 'success', text: text.me.noChanges });
      return;
    }
    try {
      const updated = await updateProfile.mutateAsync(changes);
      onProfile(updated);
      form.setServerErrors({});
      form.setNotice({ tone: 'success', text: text.me.saved });
      // The header shows the nickname from the session: refresh it from the backend.
      if (changes.nickname) await session.update();
    } catch (error) {
      form.showFailure(error);
    }
  }

  return (
    <MemberCard titleId="profile-title" title={text.me.profile}>
      <form className="member-form__fields" onSubmit={save} noValidate data-testid="profile-form">
        <div className="member-field">
          <span className="member-field__label">{text.me.loginEmail}</span>
          <p className="member-field__value">{profile.email ?? text.me.noLoginEmail}</p>
        </div>
        <TextField
          id="profile-nickname"
          label={text.fields.nickname}
          hint={text.hints.nickname}
          maxLength={NICKNAME_MAX_LENGTH}
          {...form.bind('nickname')}
          {...(nicknameChanged || serverErrors.nickname ? nicknameStatus : {})}
        />
        <TextField
          id="profile-secondaryEmail"
          label={text.fields.secondaryEmail}
          hint={text.hints.secondaryEmail}
          type="email"
          autoComplete="email"
          {...form.bind('secondaryEmail')}
          onBlur={() => setSecondaryVisited(true)}
          errors={serverErrors.secondaryEmail ? [serverErrors.secondaryEmail] : secondaryVisited ? secondaryErrors : []}
        />
        <UserModeChoice name="profile-userMode" value={userMode} onChange={setUserMode} />
        <FormNoticeLine notice={form.notice} />
        <SubmitButton pending={updateProfile.isPending} label={text.me.save} pendingLabel={text.me.saving} />
      </form>
    </MemberCard>
  );
}

/** Only what differs from the saved profile, as it is sent: trimmed, the email in lower case. */
function profileChanges(
  profile: MemberProfile,
  edited: { nickname: string; secondaryEmail: string; userMode: UserMode },
): { nickname?: string; userMode?: UserMode; secondaryEmail?: string | null } {
  const nickname = edited.nickname.trim();
  const secondaryEmail = edited.secondaryEmail.trim() ? edited.secondaryEmail.trim().toLowerCase() : null;
  return {
    ...(nickname !== profile.nickname ? { nickname } : {}),
    ...(edited.userMode !== profile.userMode ? { userMode: edited.userMode } : {}),
    ...(secondaryEmail !== profile.secondaryEmail ? { secondaryEmail } : {}),
  };
}

/** The nickname and secondary email checked against the rules, and a changed nickname for availability. */
function useProfileChecks(
  profile: MemberProfile,
  { nickname, secondaryEmail }: { nickname: string; secondaryEmail: string },
  nicknameServerError: string | undefined,
) {
  const { locale, t } = useI18n();
  const rules = useMemo(() => memberFieldSchemas(locale), [locale]);
  const nicknameChanged = nickname.trim() !== profile.nickname;
  // Checked as they are sent: trimmed.
  const nicknameErrors = ruleMessages(rules.nickname, nickname.trim());
  const secondaryErrors = secondaryEmail.trim() ? ruleMessages(rules.email, secondaryEmail.trim()) : [];
  const availability = useAvailability(
    nickname.trim(),
    nicknameChanged && nicknameErrors.length === 0,
    checkNicknameAvailability,
  );
  const nicknameStatus = nicknameServerError
    ? { errors: [nicknameServerError] }
    : nicknameErrors.length > 0
      ? { errors: nicknameErrors }
      : availabilityStatus(availability, t.members.checks.nicknameAvailable, t.members.checks.checking);
  return { nicknameChanged, nicknameErrors, secondaryErrors, availability, nicknameStatus };
}
