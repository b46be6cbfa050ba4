import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, ensureWorkspace, setSuccessFlag, type ApiSession } from './support/api';
import { useBrowser } from './support/browser';
import { admin } from './support/constants';
import { expectHeading, expectPath, signIn, signOut } from './support/flows';

const member = {
  email: 'dinesh@piedpiper.test',
  password: 'gilfoyle-is-wrong',
  name: 'Dinesh Chugtai',
  role: 'member' as const,
};

describe('the success feature flag and access requests', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await ensureWorkspace();
    await ensureUser(api, member);
    await setSuccessFlag(api, false);
  });

  afterAll(async () => {
    await setSuccessFlag(api, true);
  });

  it('lands a member on /success-unlock while the flag is off, and records their request', async () => {
    const page = await browser.newPage();
    await signIn(page, member.email, member.password);
    await page.goto('/success');
    await expectPath(page, '/success-unlock');
    await expectHeading(page, 'Unlock Success');

    // Every section redirects too, and the member has no admin controls.
    await page.goto('/success/contracts');
    await expectPath(page, '/success-unlock');
    expect(await page.getByRole('button', { name: 'Enable Success for this workspace' }).count()).toBe(0);

    await page.getByLabel('Why do you need Success? (optional)').fill('I own the Hooli renewal.');
    await page.getByRole('button', { name: 'Request access' }).click();
    await page.getByText(/^Request sent on /).waitFor();

    // The request survives a reload: it comes from the server, not local state.
    await page.reload();
    await page.getByText(/^Request sent on /).waitFor();
    await signOut(page);
  });

  it('lets an admin approve the request, which turns Success on', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await page.goto('/success');
    await expectPath(page, '/success-unlock');

    const pending = page.getByRole('list', { name: 'Pending access requests' });
    await pending.getByText(member.email).waitFor();
    await pending.getByText('I own the Hooli renewal.', { exact: false }).waitFor();
    await page.getByRole('button', { name: `Approve access request from ${member.email}` }).click();

    // The flag is on: the unlock page now points to Health.
    await expectHeading(page, 'Success is enabled');
    await page.getByRole('link', { name: 'Go to Health' }).click();
    await expectPath(page, '/success/health');
    expect(await api.expectOk('GET', '/v3/rest/feature-flags')).toEqual({ flags: { success: true } });
  });

  it('sends /success to /success/health once the flag is on', async () => {
    const page = await browser.newPage();
    await signIn(page, member.email, member.password);
    await page.goto('/success');
    await expectPath(page, '/success/health');
    await expectHeading(page, 'Health');
  });

  it('moves an open Health page to /success-unlock when the flag is turned off meanwhile', async () => {
    await setSuccessFlag(api, true);
    const page = await browser.newPage();
    await signIn(page, member.email, member.password);
    await expectPath(page, '/success/health');
    // Let the page's own first requests finish, so the request below is the first to see the flag off.
    await page.getByRole('searchbox', { name: 'Search accounts by name or domain' }).waitFor();
    await page.waitForLoadState('networkidle');
    await setSuccessFlag(api, false);
    // The next request answers 403 feature_disabled.
    await page.getByRole('searchbox', { name: 'Search accounts by name or domain' }).fill('anything');
    await expectPath(page, '/success-unlock');
    await expectHeading(page, 'Unlock Success');
  });

  it('lets an admin enable Success directly from the unlock page', async () => {
    await setSuccessFlag(api, false);
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsuccess');
    await expectPath(page, '/success-unlock');
    await page.getByRole('button', { name: 'Enable Success for this workspace' }).click();
    await expectHeading(page, 'Success is enabled');
    await page.getByRole('link', { name: 'Health', exact: true }).click();
    await expectPath(page, '/success/health');
  });
});
