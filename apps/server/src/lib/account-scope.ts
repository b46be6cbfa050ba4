/**
 * Which accounts a derived-data pass (ledger rebuild, rescore) covers: every account of the
 * workspace (`null`), or only these — the accounts a sync, webhook or ingest touched.
 */
export type AccountScope = { accountIds: readonly string[] } | null;
