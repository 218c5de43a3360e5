'use client';

import { type MemberProfile, memberFieldSchemas, NICKNAME_MAX_LENGTH, type UserMode } from '@scentence/api/schemas';
import { useSession } from 'next-auth/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { availabilityStatus } from './availabilityStatus';
import { ruleMessages } from './fieldErrors';
import { checkNicknameAvailability } from './signUpActions';
import { TextField } from './TextField';
import { UserModeChoice } from './UserModeChoice';
import { useAvailability } from './useAvailability';
import { useFailureText } from './useFailureText';

const FIELDS = ['nickname', 'secondaryEmail', 'userMode'] as const;
type Field = (typeof FIELDS)[number];

interface ProfileSectionProps {
  profile: MemberProfile;
  onProfile: (profile: MemberProfile) => void;
}

/** Nickname, user mode and a secondary email; only what changed is sent. */
export function ProfileSection({ profile, onProfile }: ProfileSectionProps) {
  const { locale, t } = useI18n();
  const text = t.members;
  const rules = useMemo(() => memberFieldSchemas(locale), [locale]);
  const session = useSession();
  const failureText = useFailureText();
  const updateProfile = trpc.member.updateProfile.useMutation();
  const [nickname, setNickname] = useState(profile.nickname);
  const [userMode, setUserMode] = useState<UserMode>(profile.userMode);
  const [secondaryEmail, setSecondaryEmail] = useState(profile.secondaryEmail ?? '');
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [secondaryVisited, setSecondaryVisited] = useState(false);

  const nicknameChanged = nickname.trim() !== profile.nickname;
  // Checked as they are sent: trimmed.
  const nicknameErrors = ruleMessages(rules.nickname, nickname.trim());
  const secondaryErrors = secondaryEmail.trim() ? ruleMessages(rules.email, secondaryEmail.trim()) : [];
  const availability = useAvailability(
    nickname.trim(),
    nicknameChanged && nicknameErrors.length === 0,
    checkNicknameAvailability,
  );
  const nicknameStatus = serverErrors.nickname
    ? { errors: [serverErrors.nickname] }
    : nicknameErrors.length > 0
      ? { errors: nicknameErrors }
      : availabilityStatus(availability, text.checks.nicknameAvailable, text.checks.checking);

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setSecondaryVisited(true);
    if (nicknameErrors.length > 0 || secondaryErrors.length > 0 || availability.status === 'taken') return;
    const nextSecondary = secondaryEmail.trim() ? secondaryEmail.trim().toLowerCase() : null;
    const changes = {
      ...(nicknameChanged ? { nickname: nickname.trim() } : {}),
      ...(userMode !== profile.userMode ? { userMode } : {}),
      ...(nextSecondary !== profile.secondaryEmail ? { secondaryEmail: nextSecondary } : {}),
    };
    if (Object.keys(changes).length === 0) {
      setMessage({ tone: 'success', text: text.me.noChanges });
      return;
    }
    try {
      const updated = await updateProfile.mutateAsync(changes);
      onProfile(updated);
      setServerErrors({});
      setMessage({ tone: 'success', text: text.me.saved });
      // The header shows the nickname from the session: refresh it from the backend.
      if (changes.nickname) await session.update();
    } catch (error) {
      const failure = failureText(error, FIELDS);
      setServerErrors(failure.fieldErrors);
      if (failure.message) setMessage({ tone: 'error', text: failure.message });
    }
  }

  return (
    <section className="member-card" aria-labelledby="profile-title">
      <h2 id="profile-title" className="member-card__title">
        {text.me.profile}
      </h2>
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
          value={nickname}
          onChange={(event) => {
            setNickname(event.target.value);
            setServerErrors((previous) => ({ ...previous, nickname: undefined }));
          }}
          {...(nicknameChanged || serverErrors.nickname ? nicknameStatus : {})}
        />
        <TextField
          id="profile-secondaryEmail"
          label={text.fields.secondaryEmail}
          hint={text.hints.secondaryEmail}
          type="email"
          autoComplete="email"
          value={secondaryEmail}
          onChange={(event) => {
            setSecondaryEmail(event.target.value);
            setServerErrors((previous) => ({ ...previous, secondaryEmail: undefined }));
          }}
          onBlur={() => setSecondaryVisited(true)}
          errors={serverErrors.secondaryEmail ? [serverErrors.secondaryEmail] : secondaryVisited ? secondaryErrors : []}
        />
        <UserModeChoice name="profile-userMode" value={userMode} onChange={setUserMode} />
        {message && (
          <p className={`member-form__message member-form__message--${message.tone}`} role="status">
            {message.text}
          </p>
        )}
        <button type="submit" className="button member-form__submit" disabled={updateProfile.isPending}>
          {updateProfile.isPending ? text.me.saving : text.me.save}
        </button>
      </form>
    </section>
  );
}
