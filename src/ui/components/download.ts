/** Saves text as a file through the browser's download (no network involved). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as text, refusing oversized ones before reading them. */
export async function readFileText(file: File, maxBytes = 20 * 1024 * 1024): Promise<string> {
  if (file.size > maxBytes)
    throw new Error(`文件过大（${Math.round(file.size / 1024 / 1024)} MB），超过20 MB的上限。`);
  return file.text();
}
