// The part of @11ty/eleventy-dev-server (2.x, untyped) that scripts/serve.ts uses; read from its server.js.
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface DevServerOptions {
    port?: number;
    liveReload?: boolean;
    domDiff?: boolean;
    showVersion?: boolean;
    /** Return false to print nothing on start. */
    messageOnStart?: (info: { localhostUrl: string }) => string | false;
    /** Connect-style handlers run before the static files, in order. */
    middleware?: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[];
    logger?: { info(...args: unknown[]): void; log(...args: unknown[]): void; error(...args: unknown[]): void };
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    /** Resolves once the server listens (the port may have moved up if the requested one was busy). */
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    /** Tells every open browser window to reload. */
    reload(event?: { files?: string[]; subtype?: string }): void;
    /** Logs an error in every open browser window's console. */
    sendError(event: { error: Error }): void;
    close(): Promise<void>;
  }
}
