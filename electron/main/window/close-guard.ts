export interface CloseGuardActions {
  /** Ask the page what to do with the unsaved changes (Save / Don't Save / Cancel). */
  askPage(quitting: boolean): void;
  closeWindow(): void;
  quitApp(): void;
}

/**
 * Keeps a window with unsaved changes open until the page has answered. The window's `close`
 * (also sent when quitting) is held back while the document is dirty; the page's answer either
 * closes (or quits, when that was what the user did) or leaves everything as it was.
 */
export class CloseGuard {
  #dirty = false;
  #confirmed = false;
  #quitting = false;
  #asking = false;

  constructor(private readonly actions: CloseGuardActions) {}

  setDirty(dirty: boolean): void {
    this.#dirty = dirty;
  }

  /** The app is quitting (before-quit): the page's "close" answer then quits. */
  quitRequested(): void {
    this.#quitting = true;
  }

  /** For the window's `close` event: true when the close must wait for the page's answer. */
  holdClose(): boolean {
    if (!this.#dirty || this.#confirmed) return false;
    if (!this.#asking) {
      this.#asking = true;
      this.actions.askPage(this.#quitting);
    }
    return true;
  }

  answer(proceed: boolean): void {
    if (!this.#asking) return;
    this.#asking = false;
    if (!proceed) {
      this.#quitting = false;
      return;
    }
    this.#confirmed = true;
    if (this.#quitting) this.actions.quitApp();
    else this.actions.closeWindow();
  }

  /** A page that crashed or reloaded cannot answer: its edits are in the recovery snapshots. */
  pageGone(): void {
    this.#dirty = false;
    this.#asking = false;
  }
}
