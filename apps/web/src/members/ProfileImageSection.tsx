'use client';

import { type MemberProfile, PROFILE_IMAGE_CONTENT_TYPES } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { FormNoticeLine } from './FormNoticeLine';
import { MemberCard } from './MemberCard';
import { ProfileAvatar } from './ProfileAvatar';
import { useProfileImageUpload } from './useProfileImageUpload';

interface ProfileImageSectionProps {
  profile: MemberProfile;
  onProfile: (profile: MemberProfile) => void;
}

/** The member's picture, a preview of the one chosen, and the buttons to upload or remove it. */
export function ProfileImageSection({ profile, onProfile }: ProfileImageSectionProps) {
  const text = useI18n().t.members.me;
  const { input, file, preview, uploading, removing, message, choose, upload, removeImage } =
    useProfileImageUpload(onProfile);

  return (
    <MemberCard titleId="image-title" title={text.image}>
      <div className="profile-image">
        {preview ? (
          // biome-ignore lint/performance/noImgElement: a local object URL, which next/image cannot load
          <img
            src={preview}
            alt={text.previewAlt}
            className="profile-avatar profile-avatar--large"
            data-testid="image-preview"
          />
        ) : (
          <ProfileAvatar
            imageUrl={profile.imageUrl}
            nickname={profile.nickname}
            alt={text.imageAlt(profile.nickname)}
          />
        )}
        <div className="profile-image__actions">
          <label className="button button--quiet profile-image__choose">
            {text.chooseImage}
            <input
              ref={input}
              type="file"
              accept={PROFILE_IMAGE_CONTENT_TYPES.join(',')}
              className="visually-hidden"
              onChange={choose}
              data-testid="image-input"
            />
          </label>
          {file && (
            <button type="button" className="button" onClick={upload} disabled={uploading} data-testid="image-upload">
              {uploading ? text.uploading : text.upload}
            </button>
          )}
          {!file && profile.imageUrl && (
            <button type="button" className="link-button" onClick={removeImage} disabled={removing}>
              {text.removeImage}
            </button>
          )}
          <p className="member-field__hint">{text.imageHint}</p>
        </div>
      </div>
      <FormNoticeLine notice={message} testId="image-message" />
    </MemberCard>
  );
}
