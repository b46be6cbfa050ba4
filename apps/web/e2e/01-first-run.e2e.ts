import { describe, expect, it } from 'vitest';
import { ApiSession } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { useBrowser } from './support/browser';
import { admin } from './support/constants';
import { expectHeading, expectPath, signOut } from './support/flows';

describe('first-run setup', () => {
  const browser = useBrowser();

  it('sends every page to /setup, creates the workspace and its admin, then retires /setup', async () => {
    const api = new ApiSession();
    expect(await api.expectOk('GET', '/v3/rest/setup'), 'this file needs a fresh server').toEqual({
      isSetupRequired: true,
    });

    const page = await browser.newPage();
    await page.goto('/success/health');
    await expectPath(page, '/setup');
    await expectHeading(page, 'Set up your workspace');
    await expectNoSeriousA11yViolations(page);

    // Client-side validation explains what is wrong before anything is sent.
    await page.getByLabel('Workspace name').fill(admin.workspaceName);
    await page.getByLabel('Admin email').fill(admin.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByText('Use at least 10 characters for the password.').waitFor();
    expect(await api.expectOk('GET', '/v3/rest/setup')).toEqual({ isSetupRequired: true });

    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Create workspace' }).click();

    // Setup signs the admin in and lands in Success (the flag is on for a new workspace).
    await expectPath(page, /^\/success\/(health|-unlock)$/);
    await expect(page.getByTestId('workspace-name').textContent()).resolves.toBe(admin.workspaceName);
    await expect(page.getByTestId('current-user').textContent()).resolves.toBe(admin.email);
    await page.getByText('Admin', { exact: true }).first().waitFor();

    await signOut(page);
    await page.goto('/setup');
    await expectPath(page, '/login');
    await expectHeading(page, 'Sign in');
    await expectNoSeriousA11yViolations(page);
  });
});
