export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare const CHROMIUM_INSTALL_HINT: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
