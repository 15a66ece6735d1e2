// Stands in for "server-only" under vitest (Next.js handles that import in the app build).
export {};
