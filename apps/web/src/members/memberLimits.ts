import {
  NICKNAME_MAX_LENGTH,
  NICKNAME_MIN_LENGTH,
  PASSWORD_MIN_LENGTH,
  PROFILE_IMAGE_MAX_BYTES,
  WITHDRAWAL_RECOVERY_DAYS,
} from '@scentence/api/schemas';

/** The backend's member rules that the members text quotes, in the units a reader reads them in. */
export const MEMBER_LIMITS = {
  passwordMin: PASSWORD_MIN_LENGTH,
  nicknameMin: NICKNAME_MIN_LENGTH,
  nicknameMax: NICKNAME_MAX_LENGTH,
  imageMaxMb: PROFILE_IMAGE_MAX_BYTES / 1024 / 1024,
  recoveryDays: WITHDRAWAL_RECOVERY_DAYS,
};
