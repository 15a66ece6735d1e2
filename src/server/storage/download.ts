import { withoutControls } from "@/domain/storage/uploads";

/**
 * Headers for sending a stored file: always a download (never shown inline, so a file cannot
 * run as a page of this site), its real type and size, and a name every browser reads
 * (an ASCII fallback plus the UTF-8 name, RFC 6266). Controls are stripped again, so a file
 * stored before bidirectional controls were stripped does not download under a spoofed name.
 */
export function attachmentHeaders(file: { fileName: string; contentType: string; size: number }): Record<string, string> {
  const name = withoutControls(file.fileName) || "download";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
