'use server';

import { memberMessage, type UserMode } from '@scentence/api/schemas';
import { headers } from 'next/headers';
import { serviceBackend } from '../auth/backendClients';
import { backendFailureOf } from '../auth/backendErrors';
import { clientAddressOf } from '../auth/clientAddress';
import { problemText } from '../auth/memberProblem';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';
import { fieldErrorsOf } from './fieldErrors';

// The backend trusts a client address only from us (the service token), so these checks and
// the sign-up itself run here on the web server, never straight from the browser.

export type AvailabilityOutcome = { status: 'available' } | { status: 'taken' | 'failed'; message: string };

const SIGN_UP_FIELDS = ['email', 'password', 'nickname'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

export type SignUpOutcome =
  | { ok: true }
  | { ok: false; fieldErrors: Partial<Record<SignUpField, string>>; message: string | null };

export interface SignUpRequest {
  email: string;
  password: string;
  nickname: string;
  userMode: UserMode;
}

async function requestAddress(): Promise<string> {
  return clientAddressOf((await headers()).get('x-forwarded-for'));
}

async function failureText(error: unknown): Promise<string> {
  const locale = await requestLocale();
  return problemText(backendFailureOf(error).problem, locale, dictionaryOf(locale).members.errors);
}

export async function checkEmailAvailability(email: string): Promise<AvailabilityOutcome> {
  try {
    const clientAddress = await requestAddress();
    const { available } = await serviceBackend().member.checkEmail.query({ email: String(email), clientAddress });
    if (available) return { status: 'available' };
    return { status: 'taken', message: memberMessage('emailTaken', await requestLocale()) };
  } catch (error) {
    return { status: 'failed', message: await failureText(error) };
  }
}

export async function checkNicknameAvailability(nickname: string): Promise<AvailabilityOutcome> {
  try {
    const clientAddress = await requestAddress();
    const { available } = await serviceBackend().member.checkNickname.query({
      nickname: String(nickname),
      clientAddress,
    });
    if (available) return { status: 'available' };
    return { status: 'taken', message: memberMessage('nicknameTaken', await requestLocale()) };
  } catch (error) {
    return { status: 'failed', message: await failureText(error) };
  }
}

export async function signUpMember(request: SignUpRequest): Promise<SignUpOutcome> {
  const locale = await requestLocale();
  try {
    await serviceBackend().member.signUp.mutate({
      email: String(request.email).trim(),
      password: String(request.password),
      nickname: String(request.nickname).trim(),
      userMode: request.userMode === 'expert' ? 'expert' : 'beginner',
      clientAddress: await requestAddress(),
    });
    return { ok: true };
  } catch (error) {
    const failure = backendFailureOf(error);
    const fieldErrors = fieldErrorsOf(failure.issues, SIGN_UP_FIELDS, locale);
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    return {
      ok: false,
      fieldErrors,
      message: hasFieldErrors ? null : problemText(failure.problem, locale, dictionaryOf(locale).members.errors),
    };
  }
}
