import type { Notice } from '../../../core/contract/app-data/documents';
import type { FileToOpen } from '../../../core/contract/ipc/contract';

/**
 * What arrives before the page can listen: notices from start-up (the app database was reset)
 * and files the operating system asked to open (argv, macOS `open-file`). The page takes them
 * once when it starts; after that, files go straight to it as events.
 */
export class StartupInbox {
  #notices: Notice[] = [];
  #files: FileToOpen[] = [];
  #pageListening = false;

  constructor(private readonly sendToPage: (file: FileToOpen) => void) {}

  addNotice(notice: Notice): void {
    this.#notices.push(notice);
  }

  addFileToOpen(file: FileToOpen): void {
    if (this.#pageListening) this.sendToPage(file);
    else this.#files.push(file);
  }

  /** Everything held so far, once; files requested later are sent to the page directly. */
  take(): { notices: Notice[]; filesToOpen: FileToOpen[] } {
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
