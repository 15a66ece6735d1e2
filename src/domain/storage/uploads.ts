import { z } from "zod";

/**
 * What may be uploaded (meeting materials, change-request attachments, later signed MOUs): at most
 * 10 MB, and only documents people exchange in this work. The type is decided from the
 * file's name and confirmed from its first bytes, so a renamed program is refused; the
 * browser's claimed type is not trusted. Pure, so the rules are unit-tested.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface FileKind {
  contentType: string;
  label: string;
  /** How the content must begin (a "magic number"); text kinds must hold no NUL byte instead. */
  signatures: readonly (readonly number[])[] | "text";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const FILE_KINDS: Record<string, FileKind> = {
  pdf: { contentType: "application/pdf", label: "PDF", signatures: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  doc: { contentType: "application/msword", label: "Word", signatures: [OLE] },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word", signatures: [ZIP] },
  xls: { contentType: "application/vnd.ms-excel", label: "Excel", signatures: [OLE] },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel", signatures: [ZIP] },
  ppt: { contentType: "application/vnd.ms-powerpoint", label: "PowerPoint", signatures: [OLE] },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint", signatures: [ZIP] },
  txt: { contentType: "text/plain", label: "text", signatures: "text" },
  csv: { contentType: "text/csv", label: "CSV", signatures: "text" },
  png: { contentType: "image/png", label: "PNG", signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  jpg: { contentType: "image/jpeg", label: "JPEG", signatures: [[0xff, 0xd8, 0xff]] },
  jpeg: { contentType: "image/jpeg", label: "JPEG", signatures: [[0xff, 0xd8, 0xff]] },
};

/** For the file picker's `accept`: the extensions above. */
export const ACCEPTED_EXTENSIONS = Object.keys(FILE_KINDS)
  .map((extension) => `.${extension}`)
  .join(",");
export const ACCEPTED_DESCRIPTION = "PDF, Word, Excel, PowerPoint, text, CSV, PNG or JPEG, up to 10 MB";

export type UploadCheck = { ok: true; contentType: string; fileName: string } | { ok: false; reason: string };

/**
 * What can be told from the name and size alone: the browser checks this before sending a
 * file, so a file that is too large or of the wrong type is refused without the wait.
 */
export function checkFileName(name: string, size: number): { ok: true; fileName: string; kind: FileKind } | { ok: false; reason: string } {
  const fileName = cleanFileName(name);
  if (!fileName) return { ok: false, reason: "Choose a file; the one chosen has no name." };
  if (size === 0) return { ok: false, reason: `“${fileName}” is empty.` };
  if (size > MAX_FILE_BYTES) return { ok: false, reason: `“${fileName}” is ${(size / (1024 * 1024)).toFixed(1)} MB; files can be at most 10 MB.` };
  const extension = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const kind = FILE_KINDS[extension];
  if (!kind) return { ok: false, reason: `“${fileName}” is not a file type accepted here. Upload a ${ACCEPTED_DESCRIPTION}.` };
  return { ok: true, fileName, kind };
}

/**
 * A form's file field: a file was chosen, and its name and size pass checkFileName, the check
 * the browser makes before sending it; so a file too large gets the size message from the
 * action's schema, before any command reads it. The content is checked when it is stored.
 */
export function uploadField(missing: string) {
  return z.instanceof(File, { message: missing }).superRefine((file, context) => {
    const checked = file.size === 0 ? { ok: false as const, reason: missing } : checkFileName(file.name, file.size);
    if (!checked.ok) context.addIssue({ code: "custom", message: checked.reason });
  });
}

/** The whole check, on the server: the name and size, then the content's first bytes. */
export function checkUpload(file: { name: string; bytes: Uint8Array }): UploadCheck {
  const named = checkFileName(file.name, file.bytes.length);
  if (!named.ok) return named;
  const { fileName, kind } = named;
  const matches = kind.signatures === "text" ? isText(file.bytes) : kind.signatures.some((signature) => startsWith(file.bytes, signature));
  if (!matches) return { ok: false, reason: `“${fileName}” does not contain what a ${kind.label} file contains; it may be damaged or misnamed.` };
  return { ok: true, contentType: kind.contentType, fileName };
}

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069)
 * and the marks (U+200E, U+200F, U+061C). In a file name they only serve to make it read
 * as something else: "résumé \u202Efdp.exe.txt" shows as "résumé txt.exe.pdf".
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** The text without control characters (C0, DEL, C1) or bidirectional controls. */
export function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").replace(BIDI_CONTROLS, "");
}

/** The name without any folder part, control characters, bidirectional controls or quotes, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return withoutControls(base).replace(/"/g, "").trim().slice(-200);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Text in any common encoding (UTF-8, or Windows-1252 as Excel saves CSV) has no NUL byte. */
function isText(bytes: Uint8Array): boolean {
  return !bytes.includes(0);
}

/** "512 bytes", "2 KB", "1.5 MB": a file's size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
