/**
 * The data folder's edge, checked before any file in it is read: every entry must be a real file
 * or folder inside it (no symbolic links, which could pull in files from anywhere on the machine,
 * no FIFOs or devices, which would hang or leak a read), and every file must be of a type its
 * folder is read as. A file the loaders would pass over without a word (a spreadsheet saved as
 * .xlsx into published/, say) stops the build with one message instead of vanishing.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from './errors.ts';

/** File endings each folder is read as; `null` for the data folder's top level. */
const FOLDER_TYPES: Readonly<Record<string, readonly string[]>> = {
  '': ['.json', '.csv', '.md'],
  observations: ['.csv', '.csv.gz'],
  published: ['.csv'],
  plan: ['.csv', '.json', '.txt', '.md'],
  ranking: ['.csv', '.json'],
  enforcement: ['.csv'],
  releases: ['.json'],
};

/** Files any folder may hold: notes for people, never read as data. */
function isNote(name: string): boolean {
  return name.startsWith('.') || /^(readme|provenance|license)(\.md|\.txt)?$/i.test(name);
}

function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Walk `dataDir` without following links; throw IngestError naming the first entry that is not a
 * plain file or folder, or a file of a type its folder is not read as.
 */
export function checkDataFolder(dataDir: string): void {
  const walk = (abs: string, rel: string, top: string): void => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch (e) {
      throw new IngestError(
        rel || '.',
        null,
        null,
        `cannot be read as a folder: ${(e as Error).message}`,
      );
    }
    for (const name of names) {
      const p = join(abs, name);
      const shown = rel === '' ? name : `${rel}/${name}`;
      let st: Stats;
      try {
        st = lstatSync(p);
      } catch (e) {
        throw new IngestError(shown, null, null, `cannot be read: ${(e as Error).message}`);
      }
      if (st.isDirectory()) {
        if (rel === '' && !(name in FOLDER_TYPES) && !isNote(name)) continue; // not a data folder
        if (!name.startsWith('.')) walk(p, shown, rel === '' ? name : top);
        continue;
      }
      if (!st.isFile())
        throw new IngestError(
          shown,
          null,
          null,
          `is ${kindOf(st)}: expected only regular files in the data folder (links are refused so that nothing outside it is read)`,
        );
      if (isNote(name)) continue;
      const types = FOLDER_TYPES[top];
      if (types === undefined || types.some((t) => name.toLowerCase().endsWith(t))) continue;
      const where = top === '' ? 'the top of the data folder' : `${top}/`;
      throw new IngestError(
        shown,
        null,
        null,
        `unexpected file type: ${where} is read as ${types.join(' or ')} files only${/\.(xlsx?|ods|numbers)$/i.test(name) ? ' (save a spreadsheet as "CSV UTF-8, comma-separated" first)' : ''}; move other files out of the data folder`,
      );
    }
  };
  let st: Stats;
  try {
    st = lstatSync(dataDir);
  } catch (e) {
    throw new IngestError(dataDir, null, null, `cannot be read: ${(e as Error).message}`);
  }
  // The folder itself may be named through a link (a deployment's checkout); its contents may not.
  if (!st.isDirectory() && !st.isSymbolicLink())
    throw new IngestError(dataDir, null, null, 'expected a folder (the data folder)');
  walk(dataDir, '', '');
}
