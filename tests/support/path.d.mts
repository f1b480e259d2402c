// Types of path.mjs (plain JavaScript so that the e2e harness runs under bare node).
export declare function isExecutableFile(file: string): boolean;
export declare function findOnPath(name: string, extraDirs?: readonly string[], env?: NodeJS.ProcessEnv): string | undefined;
