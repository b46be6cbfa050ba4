import { problemSchema } from '@success/shared/problem';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, ensureWorkspace, setSuccessFlag } from './support/api';
import { useBrowser } from './support/browser';
import { admin } from './support/constants';
import { expectHeading, expectPath, signOut } from './support/flows';

describe('sign in and sign out', () => {
  const browser = useBrowser();

  beforeAll(async () => {
    await setSuccessFlag(await ensureWorkspace(), true);
  });

  it('shows the problem detail for a wrong password', async () => {
    const wrong = await new ApiSession().request('POST', '/v3/rest/auth/login', {
      email: admin.email,
      password: 'not-the-password',
    });
    expect(wrong.status).toBe(401);
    const { detail } = problemSchema.parse(wrong.body);
    expect(detail).toBeTruthy();

    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Could not sign in');
    expect(text).toContain(detail);
    expect(text).not.toContain('[object Object]');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('sends a signed-out visitor to /login and back to the page they wanted', async () => {
    const page = await browser.newPage();
    await page.goto('/settings/integrations');
    await expectPath(page, '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/settings/integrations');

    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPath(page, '/settings/integrations');
    await expectHeading(page, 'Integrations');

    // A signed-in user who opens /login goes straight in.
    await page.goto('/login');
    await expectPath(page, '/success/health');

    await signOut(page);
    await page.goto('/success/health');
    await expectPath(page, '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/success/health');
  });

  it('signs in without a redirect into /success', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPath(page, '/success/health');
    await expectHeading(page, 'Health');
  });
});
