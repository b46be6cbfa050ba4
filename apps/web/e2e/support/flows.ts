import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiSession } from './api';

export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname;
}

/** Waits until the SPA has navigated to `pathname` (client-side redirects included). */
export async function expectPath(page: Page, pathname: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname)), {
    timeout: 15_000,
  });
  expect(pathOf(page)).toMatch(typeof pathname === 'string' ? new RegExp(`^${pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : pathname);
}

export async function signIn(page: Page, email: string, password: string, startAt = '/login'): Promise<void> {
  await page.goto(startAt);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectPath(page, '/login');
}

export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

/**
 * Opens `path` already signed in with an API session's cookie. Sign-in is rate limited per IP, so
 * files that open many pages reuse one session instead of signing in through the form each time.
 */
export async function openSignedIn(page: Page, session: ApiSession, path: string): Promise<void> {
  const cookie = session.sessionCookie;
  if (!cookie) throw new Error('The API session is not signed in.');
  await page.context().addCookies([{ ...cookie, url: session.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  await page.goto(path);
}

/** Picks `option` (its visible label) in the filter select named `name` (a Radix Select combobox). */
export async function chooseFilter(page: Page, name: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name }).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** The value the filter select named `name` holds ("" for none). */
export async function filterValue(page: Page, name: string): Promise<string> {
  return (await page.getByRole('combobox', { name }).getAttribute('data-value')) ?? '';
}
