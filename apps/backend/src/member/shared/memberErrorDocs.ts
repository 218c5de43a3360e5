/** What the member procedures' own errors mean, for the API documents (`errors` in their meta). */
export const ACCOUNT_LOCKED = 'The account is locked (`FORBIDDEN`).';
export const TOO_MANY_FAILURES = 'Too many failed sign-ins for this account or address.';
export const TOO_MANY_WRONG_PASSWORDS = 'Too many wrong passwords for this account.';
export const RECOVERY_EXPIRED = 'The recovery token or the 30 days of recovery have expired (`UNAUTHORIZED`).';
export const WRONG_PASSWORD_TO_LINK = 'Also when the password is wrong (`issues` names `password`).';
