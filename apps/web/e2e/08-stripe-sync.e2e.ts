import { integrationSchema, syncRunSchema, type Integration } from '@success/shared/integrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fakeCustomer,
  fakeInvoice,
  fakeInvoiceParent,
  fakeSubscription,
  fakeSubscriptionItem,
} from '../../server/src/integrations/stripe/fake-factories';
import { startStripeFake, type StripeFake } from '../../server/src/integrations/stripe/fake-server';
import { ensureWorkspace, setDemoMode, setSuccessFlag, type ApiSession } from './support/api';
import { saveScreenshot, useBrowser } from './support/browser';
import { expectHeading, openSignedIn } from './support/flows';

const secretKey = 'sk_test_success_e2e_0001';
const freeMailCustomer = { name: 'Bertram Gilfoyle', email: 'gilfoyle@gmail.com' };

async function getStripe(api: ApiSession): Promise<Integration> {
  const body = z
    .object({ items: z.array(integrationSchema) })
    .parse(await api.expectOk('GET', '/v3/rest/integrations'));
  const stripe = body.items.find((item) => item.provider === 'stripe');
  if (!stripe) throw new Error('The integration list has no Stripe.');
  return stripe;
}

/** Waits until the server says no Stripe sync is queued or running. */
async function waitForIdle(api: ApiSession, timeoutMs = 60_000): Promise<Integration> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stripe = await getStripe(api);
    if (!stripe.currentRun) return stripe;
    if (Date.now() > deadline) throw new Error(`Stripe is still syncing: ${JSON.stringify(stripe.currentRun)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('connecting Stripe and watching it sync', () => {
  const browser = useBrowser();
  let api: ApiSession;
  let fake: StripeFake;

  beforeAll(async () => {
    api = await ensureWorkspace();
    await setSuccessFlag(api, true);
    await setDemoMode(api, false);
    fake = await startStripeFake({ secretKey });
    // Two pages of company customers, one free-mail customer no domain can place, and billing for a few.
    const customers = Array.from({ length: 130 }, (_, index) =>
      fakeCustomer({ name: `Company ${index + 1}`, email: `billing@company-${index + 1}.example.com` }),
    );
    const freeMail = fakeCustomer(freeMailCustomer);
    fake.state.customers.push(...customers, freeMail);
    for (const customer of customers.slice(0, 6)) {
      const subscription = fakeSubscription({ customer: customer.id, items: [fakeSubscriptionItem()] });
      fake.state.subscriptions.push(subscription);
      fake.state.invoices.push(fakeInvoice({ customer: customer.id, parent: fakeInvoiceParent(subscription.id) }));
    }
    // One subscription arrives broken, so it lands in quarantine.
    const broken = fakeSubscription({ customer: customers[7]!.id, items: [fakeSubscriptionItem()] });
    fake.state.subscriptions.push(broken);
    fake.state.faults.malformed = broken.id;
  });

  afterAll(async () => {
    await fake.close();
  });

  it('connects Stripe, shows the sync progress, then counts, history, quarantine and the Unmatched record', async () => {
    const before = await getStripe(api);
    expect(before.isAvailable, 'the Stripe connector is registered').toBe(true);
    expect(before.status).toBe('not_connected');

    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await expectHeading(page, 'Integrations');
    await page.getByTestId('integration-stripe').getByRole('button', { name: 'Connect Stripe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Stripe' });
    await dialog.getByLabel('Secret or restricted key', { exact: true }).fill(secretKey);
    await dialog
      .getByLabel('API base URL (optional: self-hosted, EU region, or a local test server)')
      .fill(fake.baseUrl);

    // Slow the fake down so the sync is visibly in progress.
    fake.state.faults.slowMs = 1_000;
    await dialog.getByRole('button', { name: 'Connect Stripe' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });

    const card = page.getByTestId('integration-stripe');
    const progress = card.getByTestId('sync-progress');
    await progress.waitFor({ timeout: 15_000 });
    await card.getByText('Syncing', { exact: true }).waitFor();
    await card.getByRole('progressbar').waitFor();
    await progress.getByText(/records processed/).waitFor({ timeout: 15_000 });
    // The counts move while the run is still going.
    await progress
      .getByTestId('sync-progress-counts')
      .getByText(/^[1-9][\d,]*$/)
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'integrations-syncing.png');
    fake.state.faults.slowMs = 0;

    await progress.waitFor({ state: 'detached', timeout: 60_000 });
    await card.getByText('Healthy', { exact: true }).waitFor();
    const synced = await waitForIdle(api);
    expect(synced.status).toBe('healthy');
    const lastRun = synced.lastRun;
    expect(lastRun?.status).toBe('succeeded');
    // The run watched above is the first full one (a scheduled run may follow it, creating nothing new).
    const runs = z
      .object({ items: z.array(syncRunSchema) })
      .parse(await api.expectOk('GET', '/v3/rest/integrations/stripe/runs')).items;
    const watched = runs.filter((run) => run.mode === 'full').at(-1);
    expect(watched?.status).toBe('succeeded');
    expect(watched?.recordsCreated).toBeGreaterThan(0);
    const summary = card.getByTestId('last-run-summary');
    await summary.getByText('Last full sync succeeded').waitFor();
    await summary
      .getByText(`${new Intl.NumberFormat('en-US').format(lastRun?.recordsCreated ?? 0)} created`, { exact: true })
      .waitFor();

    // History: the first (full, manual) run with its counts.
    await card.getByRole('button', { name: 'Sync history' }).click();
    const history = card.getByRole('table', { name: 'Sync history of Stripe' });
    const firstRow = history.getByRole('row').nth(1);
    await firstRow.getByText('Full', { exact: true }).waitFor();
    await firstRow.getByText('Succeeded', { exact: true }).waitFor();
    await firstRow.getByText('Manual', { exact: true }).waitFor();

    // Quarantine: the broken subscription, with the reason.
    if ((lastRun?.recordsQuarantined ?? 0) > 0) {
      await card.getByRole('button', { name: 'Quarantined records' }).click();
      await card.getByRole('list', { name: 'Quarantined records of Stripe' }).getByRole('listitem').first().waitFor();
    }

    // The free-mail customer has no domain to match: it waits in Unmatched.
    const unmatched = page.getByRole('list', { name: 'Unmatched records' });
    await unmatched.getByText(freeMailCustomer.name, { exact: true }).waitFor();
    await unmatched.getByText(freeMailCustomer.email).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'integrations-connected.png');
  });

  it('links the Unmatched record to an account, and the link is remembered', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    const unmatched = page.getByRole('list', { name: 'Unmatched records' });
    await unmatched.getByText(freeMailCustomer.name, { exact: true }).waitFor();
    await page.getByRole('button', { name: `Link ${freeMailCustomer.name} to an account` }).click();
    const form = page.getByRole('form', { name: `Link ${freeMailCustomer.name} to an account` });
    await form.getByLabel(`Company domain for ${freeMailCustomer.name}`).fill('not a domain');
    await form.getByRole('button', { name: 'Link', exact: true }).click();
    await form.getByText('Enter the company’s domain, for example hooli.com.').waitFor();
    await form.getByLabel(`Company domain for ${freeMailCustomer.name}`).fill('https://www.Bachmanity.com/');
    await form.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByTestId('unmatched-empty').getByText('Every synced record is linked to an account.').waitFor();

    // Linking resyncs; afterwards the record stays linked.
    await waitForIdle(api);
    const list = z
      .object({ items: z.array(z.unknown()) })
      .parse(await api.expectOk('GET', '/v3/rest/integrations/unmatched'));
    expect(list.items).toEqual([]);
    await page.reload();
    await page.getByTestId('unmatched-empty').waitFor();
  });

  it('syncs incrementally on demand, pauses and resumes', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    const card = page.getByTestId('integration-stripe');
    await card.getByText('Healthy', { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Sync now' }).click();
    await waitForIdle(api);
    await card.getByText('Last sync succeeded').waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'Sync history' }).click();
    await card
      .getByRole('table', { name: 'Sync history of Stripe' })
      .getByText('Incremental', { exact: true })
      .first()
      .waitFor();

    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByText('Connection works').waitFor();
    await card.getByText(/Reached Stripe/).waitFor();

    await card.getByRole('button', { name: 'Pause Stripe' }).click();
    await card.getByText('Paused', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Sync now' }).isDisabled()).toBe(true);
    expect((await getStripe(api)).status).toBe('disabled');
    await card.getByRole('button', { name: 'Resume Stripe' }).click();
    await card.getByRole('button', { name: 'Pause Stripe' }).waitFor();
    expect((await getStripe(api)).status).not.toBe('disabled');
    await waitForIdle(api);
  });

  it('edits the connection keeping the stored key', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await page.getByRole('button', { name: 'Edit Stripe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Stripe' });
    const secret = dialog.getByLabel('Secret or restricted key', { exact: true });
    expect(await secret.inputValue()).toBe('');
    expect(await secret.getAttribute('placeholder')).toBe('•••• stored');
    await dialog.getByText('•••• stored — leave empty to keep it.').waitFor();
    await dialog.getByLabel('Sync interval').selectOption('360');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByTestId('integration-stripe').getByText('every 6 hours').waitFor();
    expect((await getStripe(api)).syncIntervalMinutes).toBe(360);
    await waitForIdle(api);
  });

  it('removes Stripe and purges what it synced', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, api, '/settings/integrations');
    await page.getByRole('button', { name: 'Remove Stripe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Stripe?' });
    await dialog.getByRole('radio', { name: /Keep the synced data/ }).waitFor();
    await dialog.getByRole('radio', { name: /Purge the synced data/ }).check();
    await dialog.getByRole('button', { name: 'Remove and purge' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const tile = page.getByTestId('integration-stripe');
    await tile.getByRole('button', { name: 'Connect Stripe' }).waitFor();
    expect(await tile.getAttribute('data-status')).toBe('not_connected');
    expect((await getStripe(api)).status).toBe('not_connected');
  });
});
