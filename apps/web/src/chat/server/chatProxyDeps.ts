import 'server-only';
import type { GuestCookieOptions } from './guestCookie';

/** What the chat's routes need from the world, so that tests can run them against a stand-in backend. */
export interface ChatProxyDeps {
  /** The backend's origin, e.g. http://127.0.0.1:8000. */
  backendUrl: string;
  /** The signed-in member's Authorization header (a token minted now), or {} for a guest. */
  memberAuthorization(): Promise<Record<string, string>>;
  /** The web app's own Authorization header as a service, which the backend believes a browser's address from. */
  serviceAuthorization(): Promise<Record<string, string>>;
  cookie: GuestCookieOptions;
  now(): Date;
}
