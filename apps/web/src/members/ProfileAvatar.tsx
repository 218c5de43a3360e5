/** The member's image, or the first letter of the nickname on a soft circle. */
export function ProfileAvatar({
  imageUrl,
  nickname,
  alt,
  size = 'large',
}: {
  imageUrl: string | null;
  nickname: string;
  alt: string;
  size?: 'large' | 'small';
}) {
  const className = `profile-avatar profile-avatar--${size}`;
  if (imageUrl) {
    // biome-ignore lint/performance/noImgElement: the image is already a small re-encoded WebP on our own origin or CloudFront
    return <img src={imageUrl} alt={alt} className={className} data-testid="profile-image" />;
  }
  return (
    <span className={`${className} profile-avatar--empty`} aria-hidden="true">
      {Array.from(nickname)[0] ?? '?'}
    </span>
  );
}
