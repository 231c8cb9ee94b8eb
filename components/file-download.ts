/** Saving a file the extension made (a backup, a CSV) through a Blob URL and an <a download>: no permission, no network. */

/** How long the Blob URL stays valid: the browser has started the download well before then. */
const KEEP_URL_MS = 10_000;

/** Downloads `parts`, joined, as the file `fileName` of MIME type `type`. */
export function downloadFile(fileName: string, parts: readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
