import "server-only";
import type { Tx } from "@/lib/db/client";
import { postgresFileStore } from "@/server/storage/postgres-file-store";

/**
 * Where uploaded files live (DESIGN "Scaling out": in PostgreSQL by default, so every app
 * instance sees every file; an S3-compatible store can implement the same interface).
 * `put` checks the upload rules (src/domain/storage/uploads.ts) and refuses with a
 * UserError that names the file and says why.
 */
export interface StoredFileInfo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface FileContent extends StoredFileInfo {
  content: Uint8Array;
}

export interface FileStore {
  /** Stores the file as part of the caller's transaction. */
  put(tx: Tx, file: { name: string; bytes: Uint8Array; uploadedById: string }): Promise<StoredFileInfo>;
  get(id: string): Promise<FileContent | null>;
}

export const fileStore: FileStore = postgresFileStore;
