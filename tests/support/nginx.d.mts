// Types of nginx.mjs (plain JavaScript so that the e2e harness runs under bare node).
export declare const nginxInstallHint: string;
export declare function findNginx(env?: NodeJS.ProcessEnv): string;
export declare function parseNginxV(versionOutput: string, binary: string): {version: string; confDir: string};
export declare function nginxLayout(binary: string): {version: string; mimeTypes: string};
