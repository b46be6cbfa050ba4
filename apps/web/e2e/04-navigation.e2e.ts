import { beforeAll, describe, it } from 'vitest';
import { ensureWorkspace, setSuccessFlag } from './support/api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { useBrowser } from './support/browser';
import { admin } from './support/constants';
import { expectHeading, expectPath, signIn } from './support/flows';

const sections = [
  { link: 'Health', path: '/success/health', heading: 'Health' },
  { link: 'Convert', path: '/success/convert', heading: 'Convert' },
  { link: 'Contracts', path: '/success/contracts', heading: 'Contracts' },
  { link: 'Pipeline', path: '/success/pipeline', heading: 'Pipeline' },
  { link: 'Re-engage', path: '/success/re-engage', heading: 'Re-engage' },
  { link: 'Close the Loop', path: '/success/close-the-loop', heading: 'Close the Loop' },
  { link: 'Settings', path: '/settings', heading: 'Settings' },
  { link: 'Integrations', path: '/settings/integrations', heading: 'Integrations' },
];

describe('navigation', () => {
  const browser = useBrowser();

  beforeAll(async () => {
    await setSuccessFlag(await ensureWorkspace(), true);
  });

  it('reaches all six sections, Settings and Integrations through the left navigation', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await expectPath(page, '/success/health');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const section of sections) {
      await nav.getByRole('link', { name: section.link, exact: true }).click();
      await expectPath(page, section.path);
      await expectHeading(page, section.heading);
      await nav.locator(`a[href="${section.path}"][aria-current="page"]`).waitFor();
      await expectNoSeriousA11yViolations(page);
    }
  });

  it('explains what a not-yet-built section will do and links to Integrations', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password, '/login?redirect=%2Fsuccess%2Fre-engage');
    await expectHeading(page, 'Re-engage');
    await page.getByText('Nothing to show here yet').waitFor();
    await page.getByTestId('readiness-panel').getByText('Salesbricks', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Go to Integrations' }).click();
    await expectPath(page, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    for (const provider of ['Stripe', 'Salesbricks', 'PostHog', 'HubSpot', 'Attio', 'Salesforce', 'GitHub']) {
      await page.getByRole('heading', { level: 3, name: provider, exact: true }).waitFor();
    }
  });

  it('redirects /success/releases to /success/close-the-loop', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await page.goto('/success/releases');
    await expectPath(page, '/success/close-the-loop');
    await expectHeading(page, 'Close the Loop');
  });

  it('shows a not-found page for an unknown address', async () => {
    const page = await browser.newPage();
    await signIn(page, admin.email, admin.password);
    await page.goto('/no-such-page');
    await expectHeading(page, 'Page not found');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Go to Success' }).click();
    await expectPath(page, '/success/health');
  });
});
