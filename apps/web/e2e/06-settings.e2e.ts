import { userSchema } from '@success/shared/users';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ensureUser, ensureWorkspace, setSuccessFlag, type ApiSession } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { useBrowser } from './support/browser';
import { admin } from './support/constants';
import { expectHeading, signIn } from './support/flows';

const viewer = {
  email: 'jared@piedpiper.test',
  password: 'donald-dunn-1234',
  name: 'Jared Dunn',
  role: 'viewer' as const,
};

describe('settings', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await ensureWorkspace();
    await setSuccessFlag(api, true);
    await ensureUser(api, viewer);
  });

  it('shows a new API token once, with a copy button, then only its prefix', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsettings');
    await expectHeading(page, 'Settings');
    await expectNoSeriousA11yViolations(page, 'Settings');

    await page.getByLabel('Token name').fill('CI export');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText(/Copy it now — it won.t be shown again\./).waitFor();
    const token = (await page.getByTestId('new-api-token').textContent())?.trim() ?? '';
    expect(token.length).toBeGreaterThan(16);
    await page.getByRole('button', { name: 'Copy token' }).waitFor();

    // The token works against the API.
    const response = await fetch(`${browser.baseUrl}/v3/rest/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);

    const list = page.getByRole('list', { name: 'API tokens' });
    await list.getByText('CI export').waitFor();
    await page.reload();
    await list.getByText('CI export').waitFor();
    expect(await page.getByText(token).count()).toBe(0);

    await page.getByRole('button', { name: 'Revoke token CI export' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await list.getByText('CI export').waitFor({ state: 'detached' });
    const revoked = await fetch(`${browser.baseUrl}/v3/rest/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
  });

  it('renames the workspace and lists members for an admin', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsettings');
    await page.getByRole('list', { name: 'Members' }).getByText(viewer.name).waitFor();
    await page.getByLabel('Workspace name').fill('Pied Piper Inc');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('workspace-name').getByText('Pied Piper Inc').waitFor();
    await page.getByLabel('Workspace name').fill(admin.workspaceName);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('workspace-name').getByText(admin.workspaceName, { exact: true }).waitFor();
  });

  it('adds a member, changes their role and removes them', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsettings');
    const members = page.getByRole('list', { name: 'Members' });
    await members.getByText(viewer.name).waitFor();

    await page.getByRole('button', { name: 'Add member' }).click();
    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Email').fill('erlich@aviato.test');
    await form.getByLabel('Name (optional)').fill('Erlich Bachman');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByText('Use at least 10 characters for the password.').waitFor();
    await form.getByLabel('Initial password').fill('aviato-aviato-aviato');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Add member' }).click();
    await members.getByText('Erlich Bachman').waitFor();

    const role = page.getByRole('combobox', { name: 'Role of Erlich Bachman' });
    expect(await role.inputValue()).toBe('viewer');
    await role.selectOption('member');
    await page.waitForFunction(() => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Role of Erlich Bachman"]');
      return select !== null && !select.disabled && select.value === 'member';
    });
    const users = z.object({ items: z.array(userSchema) }).parse(await api.expectOk('GET', '/v3/rest/users'));
    expect(users.items.find((u) => u.email === 'erlich@aviato.test')?.role).toBe('member');

    await page.getByRole('button', { name: 'Remove Erlich Bachman' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove member' }).click();
    await members.getByText('Erlich Bachman').waitFor({ state: 'detached' });
  });

  it('shows settings read-only to a viewer', async () => {
    const page = await browser.newPage();
    await signIn(page, viewer.email, viewer.password, '/login?redirect=%2Fsettings');
    await expectHeading(page, 'Settings');
    await page.getByText('settings are read-only').waitFor();
    expect(await page.getByLabel('Workspace name').isDisabled()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Success workspace' }).isDisabled()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Preview with demo data' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Create token' }).count()).toBe(0);
  });
});
