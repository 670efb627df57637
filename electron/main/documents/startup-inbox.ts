import type { Notice } from '../../../core/contract/app-data/documents';

/**
 * What arrives before the page can listen: notices from start-up (the app database was reset)
 * and files the operating system asked to open (argv, macOS `open-file`). The page takes them
 * once when it starts; after that, files go straight to it as events.
 */
export class StartupInbox {
  #notices: Notice[] = [];
  #files: string[] = [];
  #pageListening = false;

  constructor(private readonly sendToPage: (path: string) => void) {}

  addNotice(notice: Notice): void {
    this.#notices.push(notice);
  }

  addFileToOpen(path: string): void {
    if (this.#pageListening) this.sendToPage(path);
    else this.#files.push(path);
  }

  /** Everything held so far, once; files requested later are sent to the page directly. */
  take(): { notices: Notice[]; filesToOpen: string[] } {
    const taken = { notices: this.#notices, filesToOpen: this.#files };
    this.#notices = [];
    this.#files = [];
    this.#pageListening = true;
    return taken;
  }

  /** The page went away (reload, crash): hold files again until it asks. */
  pageGone(): void {
    this.#pageListening = false;
  }
}
