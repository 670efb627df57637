import { isInvokeChannel, isSendChannel } from '../../../core/contract/ipc/channels';
import { invokeContract, sendContract, type IpcResult } from '../../../core/contract/ipc/contract';
import { MAX_REQUEST_DEPTH, nestsDeeperThan } from '../../../core/contract/ipc/request-depth';
import { problemsFromZod } from '../../../core/plan/problems';
import type { SendHandlerTable } from '../documents/window-handlers';
import type { HandlerTable } from './handlers';
import { UserFacingError, ipcErrorOf } from './user-facing-error';
import { quoteValue } from '../../../core/text/quote-value';

export interface SenderCheck {
  trusted: boolean;
}

type LooseHandler = (request: unknown) => Promise<unknown>;

/**
 * The single entry point for every IPC request, whatever the transport. Nothing from the
 * renderer is trusted: channel, sender and payload are checked here, and any failure comes back
 * as a typed error instead of a rejected promise or a crash.
 */
export async function dispatchInvoke(
  handlers: HandlerTable,
  channel: unknown,
  payload: unknown,
  sender: SenderCheck,
  log: (message: string, error: unknown) => void = defaultLog,
): Promise<IpcResult<unknown>> {
  if (!sender.trusted) {
    return fail('untrusted-sender', 'This request did not come from a Transition Studio window.');
  }
  if (!isInvokeChannel(channel)) {
    const name = typeof channel === 'string' ? channel : typeof channel;
    return fail('unknown-channel', `There is no operation called ${quoteValue(name, 80)}.`);
  }
  if (nestsDeeperThan(payload)) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The request to "${channel}" is nested more than ${String(MAX_REQUEST_DEPTH)} levels deep; no plan or setting is, so it was refused.`,
      },
    };
  }
  const { request: requestSchema, response: responseSchema } = invokeContract[channel];
  const request = requestSchema.safeParse(payload);
  if (!request.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The request to "${channel}" was malformed.`,
        problems: problemsFromZod(request.error),
      },
    };
  }
  try {
    const handler = handlers[channel] as LooseHandler;
    const value: unknown = await handler(request.data);
    const response = responseSchema.safeParse(value);
    if (!response.success) {
      log(`Handler "${channel}" answered outside the contract`, response.error);
      return fail('failed', `"${channel}" produced an answer the app cannot use.`);
    }
    return { ok: true, value: response.data };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: ipcErrorOf(error) };
    log(`Handler "${channel}" failed`, error);
    return fail('failed', `"${channel}" failed unexpectedly; the details are in the log.`);
  }
}

type LooseSendHandler = (message: unknown) => void;

/**
 * The entry point for one-way messages: checked exactly like requests (sender, channel, depth,
 * schema), but with no one to answer, a refusal is logged and the message dropped. Returns
 * whether it was handled, for the tests.
 */
export function dispatchSend(
  handlers: SendHandlerTable,
  channel: unknown,
  payload: unknown,
  sender: SenderCheck,
  log: (message: string, error: unknown) => void = defaultLog,
): boolean {
  if (!sender.trusted || !isSendChannel(channel)) {
    log('Dropped a message from an untrusted sender or on no channel', channel);
    return false;
  }
  if (nestsDeeperThan(payload)) {
    log(`Dropped a "${channel}" message nested too deeply`, undefined);
    return false;
  }
  const message = sendContract[channel].safeParse(payload);
  if (!message.success) {
    log(`Dropped a malformed "${channel}" message`, message.error);
    return false;
  }
  try {
    (handlers[channel] as LooseSendHandler)(message.data);
    return true;
  } catch (error) {
    log(`Message "${channel}" failed`, error);
    return false;
  }
}

function fail(code: 'untrusted-sender' | 'unknown-channel' | 'failed', message: string) {
  return { ok: false as const, error: { code, message } };
}

function defaultLog(message: string, error: unknown): void {
  console.error(`[ipc] ${message}:`, error);
}
