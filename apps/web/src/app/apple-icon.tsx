import { appIconResponse } from '../seo/appIcon';

export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

/** The home-screen icon iOS asks for (apple-touch-icon). */
export default function AppleIcon() {
  return appIconResponse(size.width, { grounded: true });
}
