import type { InvokeChannel } from '../../../core/contract/ipc/channels';
import type { RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';

/** The handlers of some channels; each area's module returns one, the table combines them. */
export type HandlersFor<C extends InvokeChannel> = {
  readonly [K in C]: (request: RequestOf<K>) => Promise<ResponseOf<K>>;
};

/** The one handler table: every channel of the contract, exactly once. */
export type HandlerTable = HandlersFor<InvokeChannel>;
