import { PROFILE_IMAGE_MAX_BYTES } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { profileImageFileProblem } from '../../src/members/profileImageFile';

describe('profileImageFileProblem', () => {
  it('accepts the image types the backend accepts, up to 5 MB', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/gif']) {
      expect(profileImageFileProblem({ type, size: 20_000 })).toBeNull();
    }
    expect(profileImageFileProblem({ type: 'image/png', size: PROFILE_IMAGE_MAX_BYTES })).toBeNull();
  });

  it('refuses other files before they are sent anywhere', () => {
    expect(profileImageFileProblem({ type: 'image/svg+xml', size: 2_000 })).toBe('imageUnsupported');
    expect(profileImageFileProblem({ type: 'application/pdf', size: 2_000 })).toBe('imageUnsupported');
    expect(profileImageFileProblem({ type: 'image/png', size: PROFILE_IMAGE_MAX_BYTES + 1 })).toBe('imageTooLarge');
    expect(profileImageFileProblem({ type: 'image/png', size: 0 })).toBe('imageUnsupported');
  });
});
