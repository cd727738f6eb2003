/**
 * Files from and to the student's disk: open (a file picker), save (a download, or the browser's
 * save dialog where it has one) and drop. Only manifests: YAML or JSON text, at most 1 MiB, so a
 * dropped photo or a log file gets a clear "no" instead of a frozen tab.
 */
import { languageOf } from '../../state/documents';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface ReadFile {
  name: string;
  text: string;
}

/** Why a file is not opened, or undefined when it may be. */
export function fileProblem(file: {
  name: string;
  size: number;
  type: string;
}): string | undefined {
  if (file.size > MAX_FILE_BYTES)
    return `${file.name} is ${Math.ceil(file.size / 1024)} KiB; a manifest is at most 1 MiB here`;
  if (
    !/\.(ya?ml|json)$/i.test(file.name) &&
    !/^(text\/|application\/(json|x-yaml|yaml))/.test(file.type)
  )
    return `${file.name} is not a manifest: open a .yaml, .yml or .json file`;
  return undefined;
}

/** A file name kubectl's `-f` can take: no folders or spaces, a manifest's extension. */
export function manifestName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const clean = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'manifest';
  return /\.(ya?ml|json)$/i.test(clean) ? clean : `${clean}.yaml`;
}

export async function readFiles(
  files: Iterable<File>,
): Promise<{ read: ReadFile[]; problems: string[] }> {
  const read: ReadFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const problem = fileProblem(file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    try {
      read.push({ name: manifestName(file.name), text: await file.text() });
    } catch (error) {
      problems.push(
        `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { read, problems };
}

/** Ask for files with the browser's file picker. */
export function pickFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.yaml,.yml,.json,application/json,application/x-yaml,text/yaml';
    input.addEventListener('change', () => resolve([...(input.files ?? [])]));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/** Save a document under its name: the browser's download (the file lands in Downloads). */
export function saveFile(name: string, text: string): void {
  const type = languageOf({ name }) === 'json' ? 'application/json' : 'application/yaml';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started by the next task; the URL is no longer needed
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
