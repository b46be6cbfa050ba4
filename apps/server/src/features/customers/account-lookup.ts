import { normalizeDomain } from '@success/shared/domain';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { Actor } from '../auth/actor';
import { findAccountByDomain } from './customers.queries';

/**
 * The account a /success route names by company domain, in the caller's data workspace (any
 * spelling of the domain works).
 */
export async function getAccountByDomain(db: Db, actor: Actor, companyDomain: string) {
  const domain = normalizeDomain(companyDomain);
  if (!domain) throw new AppError('bad_request', `"${companyDomain}" is not a company domain (for example hooli.com).`);
  const account = await findAccountByDomain(db, actor.dataWorkspaceId, domain);
  if (!account) throw new AppError('not_found', `No account with the domain ${domain} in this workspace.`);
  return account;
}
