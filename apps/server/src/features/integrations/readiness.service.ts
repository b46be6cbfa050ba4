import { readinessSectionSchema } from '@success/shared/integrations';
import type { Db } from '../../db/client';
import { computeReadiness } from '../../engines/readiness';
import { providerCatalog } from '../../integrations/catalog';
import { findConnector } from '../../integrations/connector-registry';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { listConnections } from './integrations.queries';

export async function getReadiness(db: Db, actor: Actor, section: string) {
  const parsed = readinessSectionSchema.safeParse(section);
  if (!parsed.success) {
    throw new AppError(
      'not_found',
      `No setup readiness for "${section}". Sections: ${readinessSectionSchema.options.join(', ')}.`,
    );
  }
  const connections = await listConnections(db, actor.workspaceId);
  return computeReadiness({
    section: parsed.data,
    catalog: new Set(
      providerCatalog
        .filter((definition) => findConnector(definition.provider))
        .map((definition) => definition.provider),
    ),
    connections: new Map(connections.map((connection) => [connection.provider, connection.status])),
    isDemoModeEnabled: actor.isDemo,
  });
}
