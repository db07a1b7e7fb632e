/**
 * Scratch folders that do not outlive the process (docs/decisions/015). A folder made here is
 * removed by `removeScratchDir()`, and otherwise when the process exits or is stopped by SIGINT
 * or SIGTERM: a build killed with Ctrl-C must not leave `spool-*` folders in TMPDIR.
 *
 * One listener per signal (and one for 'exit') is installed while any folder is live and removed
 * with the last one, so a process without scratch keeps Node's default signal handling.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const live = new Set<string>();
let installed = false;

function removeQuietly(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Best effort: the process is going away, and a folder left is no worse than before.
  }
}

function removeAll(): void {
  for (const dir of live) removeQuietly(dir);
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  // Another listener has taken over this signal; it decides what happens next.
  if (process.listenerCount(signal) > 0) return;
  // Without listeners Node's default action is back: die of the signal, as if never caught. The
  // timer is only a fallback should the signal not arrive.
  setTimeout(() => process.exit(128 + constants.signals[signal]), 1_000);
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeAll);
}

/** Make a fresh folder `parent`/`prefix`XXXXXX that is removed at the latest when the process ends. */
export function makeScratchDir(parent: string, prefix: string): string {
  const dir = mkdtempSync(join(parent, prefix));
  live.add(dir);
  install();
  return dir;
}

/** Remove a scratch folder now; the last one removed also takes the process listeners away. */
export function removeScratchDir(dir: string): void {
  live.delete(dir);
  rmSync(dir, { recursive: true, force: true });
  if (live.size === 0) uninstall();
}

/** How many scratch folders are live (for tests). */
export function liveScratchDirs(): number {
  return live.size;
}
