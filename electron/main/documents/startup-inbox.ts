import type { Notice } from '../../../core/contract/app-data/documents';
import type { OpenedFile } from '../../../core/contract/ipc/contract';

/**
 * What arrives before the page can listen: notices from start-up (the app database was reset)
 * and the file the operating system asked to open (argv, macOS `open-file`), already opened by
 * main. The page takes them once when it starts; after that, opened files go straight to it.
 */
export class StartupInbox {
  #notices: Notice[] = [];
  #opened: OpenedFile | null = null;
  #pageListening = false;
  #opening: Promise<void> = Promise.resolve();

  constructor(private readonly sendToPage: (opened: OpenedFile) => void) {}

  addNotice(notice: Notice): void {
    this.#notices.push(notice);
  }

  /**
   * Opens a file for the page (`open` never throws) and hands it over, or holds it while the
   * page is not listening; a newer one replaces it (one plan at a time). Files are handed over
   * in the order they were asked for. Resolves once this one is handed over or held.
   */
  addOpening(open: () => Promise<OpenedFile>): Promise<void> {
    this.#opening = this.#opening.then(async () => {
      const opened = await open();
      if (this.#pageListening) this.sendToPage(opened);
      else this.#opened = opened;
    });
    return this.#opening;
  }

  /**
   * Everything held so far, once, after the files being opened are (so that the page starts
   * with them); files opened later are sent to the page directly.
   */
  async take(): Promise<{ notices: Notice[]; fileOpened: OpenedFile | null }> {
    await this.#opening;
    const taken = { notices: this.#notices, fileOpened: this.#opened };
    this.#notices = [];
    this.#opened = null;
    this.#pageListening = true;
    return taken;
  }

  /** The page went away (reload, crash): hold files again until it asks. */
  pageGone(): void {
    this.#pageListening = false;
  }
}
