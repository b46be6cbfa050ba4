import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWorkspace, setDemoMode, setSuccessFlag, type ApiSession } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { admin } from './support/constants';
import { expectHeading, expectPath, signIn } from './support/flows';

const bannerText = 'you are previewing Pied Piper sample data';

describe('demo mode, the Health queue and Customer Detail', () => {
  const browser = useBrowser();
  let api: ApiSession;

  beforeAll(async () => {
    api = await ensureWorkspace();
    await setSuccessFlag(api, true);
    await setDemoMode(api, false);
  });

  afterAll(async () => {
    await setDemoMode(api, false);
  });

  it('shows an empty Health queue that explains how to get data', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await expectPath(page, '/success/health');
    await page.getByRole('heading', { name: /No (tracked )?accounts yet/ }).waitFor();
    await page.getByRole('button', { name: 'Turn on demo data' }).waitFor();
    await page.getByRole('link', { name: 'Connect integrations' }).waitFor();
    await page.getByText('Scores are 0–100, from adoption, payment, renewal pressure and signals.').waitFor();
    expect(await page.getByText(bannerText).count()).toBe(0);
  });

  it('turns demo mode on from Settings: banner everywhere, Hooli in Health', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsettings');
    await expectHeading(page, 'Settings');

    const demoSwitch = page.getByRole('switch', { name: 'Preview with demo data' });
    expect(await demoSwitch.getAttribute('aria-checked')).toBe('false');
    await demoSwitch.click();
    // Demo mode changes what everyone sees, so the switch asks first.
    await page.getByRole('dialog').getByRole('button', { name: 'Turn on demo data' }).click();
    await page.getByText(bannerText).waitFor({ timeout: 60_000 });
    expect(await demoSwitch.getAttribute('aria-checked')).toBe('true');
    await page.getByText(/Demo data is on: \d+ sample accounts? loaded\./).waitFor();

    // The banner is on settings, on a section page and on Health.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Convert', exact: true }).click();
    await expectHeading(page, 'Convert');
    await page.getByText(bannerText).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Health', exact: true }).click();
    await expectHeading(page, 'Health');
    await page.getByText(bannerText).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('row').nth(3).waitFor();
    await page.waitForLoadState('networkidle');
    // The sample is scored as it loads: every row carries a band.
    await table.getByTestId('health-band').first().waitFor();
    expect(await table.getByTestId('health-band').count()).toBeGreaterThan(3);
    await saveScreenshot(page, 'health-demo.png');

    // Search is kept in the URL and narrows the queue.
    await page.getByRole('searchbox', { name: 'Search accounts by name or domain' }).fill('hooli');
    await page.waitForURL((url) => url.searchParams.get('q') === 'hooli');
    await table.getByRole('link', { name: 'Hooli', exact: true }).waitFor();
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Search accounts by name or domain' }).inputValue()).toBe('hooli');
    await table.getByRole('link', { name: 'Hooli', exact: true }).waitFor();

    // The untracked toggle is kept in the URL too.
    await page.getByRole('switch', { name: 'Show untracked' }).click();
    await page.waitForURL((url) => url.searchParams.get('untracked') === 'true');
    await page.getByRole('switch', { name: 'Show untracked' }).click();
    await page.waitForURL((url) => !url.searchParams.has('untracked'));
  });

  it('opens Customer Detail for hooli.com from the queue and goes back', async () => {
    await setDemoMode(api, true);
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsuccess%2Fhealth%3Fq%3Dhooli');
    await page.getByRole('table').getByRole('link', { name: 'Hooli', exact: true }).click();
    await expectPath(page, '/success/customers/hooli.com');
    await expectHeading(page, 'Hooli');
    await page.getByRole('link', { name: /^hooli\.com/ }).waitFor();
    await page.getByText('Primary contact').waitFor();
    await page.getByRole('heading', { name: 'Contacts' }).waitFor();
    // The sample is scored as it loads, so the ring shows a number.
    await page.getByTestId('health-score-value').waitFor();
    // The logo or, when it cannot load, the letter avatar: never a broken image.
    await page.locator('[data-testid="avatar-image"], [data-testid="avatar-fallback"]').first().waitFor();
    await saveScreenshot(page, 'customer-hooli.png');

    await page.getByRole('link', { name: 'Back to Health' }).click();
    await expectPath(page, '/success/health');
  });

  it('explains an unknown domain with a way back to the section you came from', async () => {
    await setDemoMode(api, true);
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await expectPath(page, '/success/health');
    // Client-side navigation, as a link inside the app would do it.
    await page.evaluate(() => {
      window.history.pushState(null, '', '/success/customers/no-such-company.example?from=contracts');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expectHeading(page, 'Account not found');
    await page.getByText('No account with the domain no-such-company.example in this workspace').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Back to Contracts' }).first().click();
    await expectPath(page, '/success/contracts');
  });

  it('loads Customer Detail straight from a shared URL', async () => {
    await setDemoMode(api, true);
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    // A domain ends in ".com": the server must still answer with the app, not a missing-file 404.
    await page.goto('/success/customers/hooli.com');
    await expectHeading(page, 'Hooli');
    await page.goto('/success/customers/no-such-company.example');
    await expectHeading(page, 'Account not found');
  });

  it('turns demo mode off from the banner', async () => {
    await setDemoMode(api, true);
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsettings%2Fintegrations');
    await page.getByText(bannerText).waitFor();
    await page.getByRole('region', { name: 'Demo mode' }).getByRole('button', { name: 'Turn off' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off and delete demo data' }).click();
    await page.getByText(bannerText).waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.getByRole('switch', { name: 'Preview with demo data' }).getAttribute('aria-checked')).toBe(
      'false',
    );
  });
});
