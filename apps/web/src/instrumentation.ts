import { webEnv } from './env';

/** Runs once when the server starts: a bad configuration stops it with a message naming the variable. */
export function register(): void {
  webEnv();
}
