/**
 * What may be attached to a change request: the documents people exchange about a change
 * (specifications, test reports, spreadsheets, screenshots), up to a size every instance
 * can take in one request. The type comes from the file name's extension, never from what
 * the browser claims, and files are always downloaded, never shown inline.
 */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  csv: "text/csv",
  txt: "text/plain",
  rtf: "application/rtf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  zip: "application/zip",
};

export const ALLOWED_EXTENSIONS_TEXT = "PDF, Word, Excel, PowerPoint, CSV, text, RTF, PNG, JPEG, GIF or ZIP";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/** The content type to store and serve, or the reason the file is refused. */
export function checkAttachment(fileName: string, size: number): { ok: true; contentType: string } | { ok: false; reason: string } {
  const name = fileName.trim();
  if (!name || size === 0) return { ok: false, reason: "Choose a file to attach; the one chosen is empty." };
  if (name.length > 200) return { ok: false, reason: "The file name is too long; rename it to under 200 characters." };
  const contentType = ATTACHMENT_TYPES[extensionOf(name)];
  if (!contentType) return { ok: false, reason: `“${name}” is not a file type that can be attached. Attach a ${ALLOWED_EXTENSIONS_TEXT} file.` };
  if (size > MAX_ATTACHMENT_BYTES) {
    return { ok: false, reason: `“${name}” is ${formatBytes(size)}; attachments can be at most ${formatBytes(MAX_ATTACHMENT_BYTES)}.` };
  }
  return { ok: true, contentType };
}
