import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSignedInWorkspace, startTestApp, type TestApp } from '../../test/test-app';
import { createApiToken } from '../auth/auth.service';
import { createWorkspaceWithAdmin } from '../setup/setup.service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

async function signIn(email: string, password: string) {
  const client = app.client();
  const response = await client.post('/v3/rest/auth/login', { email, password });
  expect(response.status).toBe(200);
  return client;
}

describe('members and roles', () => {
  it('lets an admin add members, and a viewer read but not write', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const added = await admin.post('/v3/rest/users', {
      email: 'jared@piedpiper.test',
      password: 'viewer-password-1',
      role: 'viewer',
    });
    expect(added.status).toBe(201);

    const viewer = await signIn('jared@piedpiper.test', 'viewer-password-1');
    expect((await viewer.get('/v3/rest/success/health')).status).toBe(200);
    expect((await viewer.get('/v3/rest/users')).status).toBe(200);
    const demo = await viewer.put('/v3/rest/demo', { isEnabled: true });
    expect(demo.status).toBe(403);
    expect(demo.body).toMatchObject({ code: 'forbidden' });
    expect((await viewer.put('/v3/rest/feature-flags/success', { isEnabled: false })).status).toBe(403);
    expect(
      (await viewer.post('/v3/rest/users', { email: 'x@y.test', password: 'long-enough-1', role: 'admin' })).status,
    ).toBe(403);
  });

  it('lets a member write but not administer', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    await admin.post('/v3/rest/users', {
      email: 'dinesh@piedpiper.test',
      password: 'member-password-1',
      role: 'member',
    });
    const member = await signIn('dinesh@piedpiper.test', 'member-password-1');
    // Demo mode changes what everyone in the workspace sees, so only admins switch it.
    expect((await member.put('/v3/rest/demo', { isEnabled: false })).status).toBe(403);
    expect((await member.patch('/v3/rest/workspace', { name: 'Renamed' })).status).toBe(403);
  });

  it('refuses a duplicate email with 409', async () => {
    const { client: admin, email } = await createSignedInWorkspace(app);
    const response = await admin.post('/v3/rest/users', { email, password: 'whatever-pass-1', role: 'member' });
    expect(response.status).toBe(409);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'conflict',
      detail: `${email} is already a member of this workspace.`,
    });
  });

  it('keeps at least one admin in the workspace', async () => {
    const { client: admin, user } = await createSignedInWorkspace(app);
    const demote = await admin.patch(`/v3/rest/users/${user.id}`, { role: 'member' });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ code: 'conflict' });
    // Removing yourself is refused before the admin count is even looked at.
    expect((await admin.delete(`/v3/rest/users/${user.id}`)).status).toBe(422);
  });

  it('changes a role and removes a member', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const added = await admin.post('/v3/rest/users', {
      email: 'gilfoyle@piedpiper.test',
      password: 'satan-rules-666',
      role: 'member',
    });
    const { id } = added.body as { id: string };
    expect((await admin.patch(`/v3/rest/users/${id}`, { role: 'admin' })).body).toMatchObject({ role: 'admin' });
    expect((await admin.delete(`/v3/rest/users/${id}`)).status).toBe(204);
    const members = await admin.get('/v3/rest/users');
    expect(JSON.stringify(members.body)).not.toContain('gilfoyle');
  });
});

let raceSequence = 0;
/** Each round hashes two passwords (scrypt, tens of ms each); a loaded machine needs room. */
const raceTimeoutMs = 180_000;

/** A bearer client for a user (no sign-in, so many rounds stay under the login rate limit). */
async function tokenClient(user: { id: string; workspaceId: string; email: string }) {
  const actor = { userId: user.id, email: user.email, role: 'admin' as const, workspaceId: user.workspaceId };
  const { token } = await createApiToken(
    app.database.db,
    { ...actor, dataWorkspaceId: user.workspaceId, isDemo: false, via: 'session' },
    'race',
  );
  return app.client().withToken(token);
}

/** Two admins of one new workspace, each with their own client. */
async function twoAdmins() {
  raceSequence += 1;
  const { user } = await createWorkspaceWithAdmin(app.database.db, {
    workspaceName: `Race ${raceSequence}`,
    email: `first-admin@race${raceSequence}.test`,
    password: 'first-admin-pass-7',
  });
  const firstClient = await tokenClient(user);
  const added = await firstClient.post('/v3/rest/users', {
    email: `second-admin@race${raceSequence}.test`,
    password: 'second-admin-pass-7',
    role: 'admin',
  });
  expect(added.status).toBe(201);
  const second = z.object({ id: z.string(), email: z.string() }).parse(added.body);
  return {
    first: { client: firstClient, id: user.id },
    second: { client: await tokenClient({ ...second, workspaceId: user.workspaceId }), id: second.id },
  };
}

async function adminCount(client: ReturnType<TestApp['client']>) {
  const members = (await client.get('/v3/rest/users')).body as { items: { role: string }[] };
  return members.items.filter((member) => member.role === 'admin').length;
}

describe('the last admin under concurrent changes', () => {
  it(
    'never lets two admins demote each other to no admin at all',
    async () => {
      for (let round = 0; round < 10; round += 1) {
        const { first, second } = await twoAdmins();
        const answers = await Promise.all([
          first.client.patch(`/v3/rest/users/${second.id}`, { role: 'member' }),
          second.client.patch(`/v3/rest/users/${first.id}`, { role: 'viewer' }),
        ]);
        // The loser is refused as the last admin (409), or is already no admin when its request is read (403).
        const statuses = answers.map((answer) => answer.status);
        expect(statuses.filter((status) => status === 200)).toHaveLength(1);
        const loser = answers.find((answer) => answer.status !== 200);
        expect([403, 409]).toContain(loser?.status);
        expect(loser?.contentType).toContain('application/problem+json');
        if (loser?.status === 409) {
          const problem = z.object({ code: z.string(), detail: z.string() }).parse(loser.body);
          expect(problem.code).toBe('conflict');
          expect(problem.detail).toContain('at least one admin');
        }
        const winner = answers[0]?.status === 200 ? first.client : second.client;
        expect(await adminCount(winner)).toBe(1);
      }
    },
    raceTimeoutMs,
  );

  it(
    'never lets two admins remove each other',
    async () => {
      for (let round = 0; round < 5; round += 1) {
        const { first, second } = await twoAdmins();
        const answers = await Promise.all([
          first.client.delete(`/v3/rest/users/${second.id}`),
          second.client.delete(`/v3/rest/users/${first.id}`),
        ]);
        // The loser may already be gone when its request is read (401), or be refused (409).
        const statuses = answers.map((answer) => answer.status);
        expect(statuses.filter((status) => status === 204)).toHaveLength(1);
        expect(statuses.every((status) => [204, 401, 409].includes(status))).toBe(true);
        const winner = answers[0]?.status === 204 ? first.client : second.client;
        expect(await adminCount(winner)).toBe(1);
      }
    },
    raceTimeoutMs,
  );
});

describe('adding the same email at once', () => {
  it('creates one member and answers 409 problem+json to the others, never 500', async () => {
    const { client: admin } = await createSignedInWorkspace(app);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        admin.post('/v3/rest/users', { email: 'bighead@piedpiper.test', password: 'bighead-pass-42', role: 'member' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const answer of answers.filter((each) => each.status === 409)) {
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ code: 'conflict' });
    }
    const members = (await admin.get('/v3/rest/users')).body as { items: { email: string }[] };
    expect(members.items.filter((member) => member.email === 'bighead@piedpiper.test')).toHaveLength(1);
  });
});

describe('emails of other workspaces', () => {
  it('answers an address used in another workspace exactly like a new one, and each account signs in to its own workspace', async () => {
    const hooli = await createSignedInWorkspace(app, { workspaceName: 'Hooli', email: 'gavin@hooli.test' });
    const piedPiper = await createSignedInWorkspace(app, { workspaceName: 'Pied Piper' });

    const usedElsewhere = await piedPiper.client.post('/v3/rest/users', {
      email: 'gavin@hooli.test',
      password: 'gavin-belson-pass-1',
      role: 'member',
    });
    const neverUsed = await piedPiper.client.post('/v3/rest/users', {
      email: 'jian-yang@hooli.test',
      password: 'gavin-belson-pass-1',
      role: 'member',
    });
    const here = await hooli.client.post('/v3/rest/users', {
      email: 'gavin@hooli.test',
      password: 'gavin-belson-pass-1',
      role: 'member',
    });

    // Same status and shape as an address nobody uses: nothing tells that Gavin is in Hooli.
    expect(usedElsewhere.status).toBe(201);
    expect(neverUsed.status).toBe(201);
    expect(Object.keys(usedElsewhere.body as object).sort()).toEqual(Object.keys(neverUsed.body as object).sort());
    expect(JSON.stringify(usedElsewhere.body).toLowerCase()).not.toContain('hooli"');
    // Only a member of the same workspace is a duplicate.
    expect(here.status).toBe(409);
    expect(here.contentType).toContain('application/problem+json');

    // Each password signs in to its own workspace.
    const asHooli = app.client();
    expect(
      (await asHooli.post('/v3/rest/auth/login', { email: 'gavin@hooli.test', password: hooli.password })).status,
    ).toBe(200);
    const hooliMe = (await asHooli.get('/v3/rest/auth/me')).body as {
      workspace: { name: string };
      user: { role: string };
    };
    expect(hooliMe.workspace.name).toBe('Hooli');
    expect(hooliMe.user.role).toBe('admin');
    const asPiedPiper = app.client();
    expect(
      (await asPiedPiper.post('/v3/rest/auth/login', { email: 'gavin@hooli.test', password: 'gavin-belson-pass-1' }))
        .status,
    ).toBe(200);
    const piedPiperMe = (await asPiedPiper.get('/v3/rest/auth/me')).body as {
      workspace: { name: string };
      user: { role: string };
    };
    expect(piedPiperMe.workspace.name).toBe('Pied Piper');
    expect(piedPiperMe.user.role).toBe('member');
  });
});
