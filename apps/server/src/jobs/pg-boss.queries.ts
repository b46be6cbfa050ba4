import type PgBoss from 'pg-boss';
import { z } from 'zod';

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const pgBossSchema = 'pgboss';

const jobIdRows = z.array(z.object({ id: z.uuid() }));

/**
 * Active jobs of one queue and singleton key (pg-boss 10 has no API to find jobs by key). Read
 * when a connection's lease has expired: these jobs belong to a worker that died.
 */
export async function listActiveJobIds(boss: PgBoss, queue: string, singletonKey: string): Promise<string[]> {
  const result = await boss
    .getDb()
    .executeSql(`SELECT id FROM ${pgBossSchema}.job WHERE name = $1 AND singleton_key = $2 AND state = 'active'`, [
      queue,
      singletonKey,
    ]);
  return jobIdRows.parse(result.rows).map((row) => row.id);
}
