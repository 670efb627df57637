export declare const ELECTRON_MISSING_MESSAGE: string;
export declare function electronBinaryPath(): string | undefined;
