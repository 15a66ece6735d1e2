import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";

/**
 * A file's bytes in PostgreSQL (StoredFile), so every app instance serves the same files.
 * Kept small and local to change requests until the shared src/server/storage interface
 * (meeting materials) lands; both write the same table the same way.
 */
export async function storeFile(tx: Tx, file: { fileName: string; contentType: string; bytes: Uint8Array<ArrayBuffer>; uploadedById: string; now: Date }) {
  return tx.storedFile.create({
    data: {
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.bytes.byteLength,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      content: file.bytes,
      uploadedById: file.uploadedById,
      uploadedAt: file.now,
    },
    select: { id: true, fileName: true, size: true },
  });
}
