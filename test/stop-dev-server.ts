// Ends a test's `npm start` and removes its project folder. The server is stopped with Ctrl-C and waited
// for: killed and removed at once, it could still be writing its search index behind the last edit into
// the folder being removed (rmdir then fails with ENOTEMPTY).
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

const STOP_WITHIN_MS = 10_000;

export async function stopDevServer(server: ChildProcess | undefined, project: string | undefined): Promise<void> {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGINT");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, STOP_WITHIN_MS)))]);
    clearTimeout(timer);
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
  if (project) rmSync(project, { recursive: true, force: true, maxRetries: 3 });
}
