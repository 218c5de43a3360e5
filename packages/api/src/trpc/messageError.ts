import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import type { Issue, MessageParams } from '../schemas/common';
import { catalogMessage, type MessageKey } from '../schemas/messages';

export interface MessageErrorOptions {
  code: TRPC_ERROR_CODE_KEY;
  key: MessageKey;
  params?: MessageParams;
  /** The input field at fault: the answer is then a 400 whose issue names it. */
  field?: string;
  cause?: unknown;
}

/**
 * A failure told by a catalog message. The error body carries its Korean text as `message` and
 * its `messageKey` and `params`, so a client translates from the key, never from the text.
 */
export class MessageError extends TRPCError {
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly field: string | undefined;

  constructor({ code, key, params = {}, field, cause }: MessageErrorOptions) {
    super({ code, message: catalogMessage(key, 'ko', params), cause });
    this.messageKey = key;
    this.params = params;
    this.field = field;
  }
}

/** One problem of an input that has several (an imported file's bad rows), told by a catalog message. */
export interface MessageIssue {
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

/** A 400 naming every field or row at fault at once, each with its catalog message. */
export class MessageIssuesError extends TRPCError {
  readonly issues: Issue[];

  constructor(issues: readonly MessageIssue[]) {
    super({ code: 'BAD_REQUEST', message: `Invalid input: ${issues.map((issue) => issue.path).join(', ')}` });
    this.issues = issues.map(({ path, key, params = {} }) => ({
      path,
      message: catalogMessage(key, 'ko', params),
      messageKey: key,
      params,
    }));
  }
}
