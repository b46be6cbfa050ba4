import { type Role, roles, roleSchema, type User } from '@success/shared/users';
import { UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { roleLabels } from '@/lib/roles';
import { useCreateUser } from '../api/create-user';
import { useDeleteUser } from '../api/delete-user';
import { useUsers } from '../api/list-users';
import { useUpdateUserRole } from '../api/update-user-role';

function AddMemberForm({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const create = useCreateUser();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = {
      email: /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : 'Enter a valid email address.',
      password: password.length >= 10 ? undefined : 'Use at least 10 characters for the password.',
    };
    setErrors(next);
    if (next.email || next.password) return;
    create.mutate(
      { email: email.trim(), password, role, ...(name.trim() ? { name: name.trim() } : {}) },
      { onSuccess: onDone },
    );
  }

  return (
    <form
      onSubmit={handleSubmit}
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50/60 p-4"
      aria-label="Add a member"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Email" error={errors.email}>
          {(props) => (
            <Input
              {...props}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoFocus
            />
          )}
        </Field>
        <Field label="Name (optional)">
          {(props) => <Input {...props} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field
          label="Initial password"
          error={errors.password}
          hint="At least 10 characters, not a common or repeated pattern (a few words work well); share it with them privately."
        >
          {(props) => (
            <Input
              {...props}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label="Role">
          {(props) => (
            <Select
              {...props}
              value={role}
              onChange={(e) => {
                const parsed = roleSchema.safeParse(e.target.value);
                if (parsed.success) setRole(parsed.data);
              }}
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div aria-live="polite">
        {create.isError ? <ErrorAlert title="Could not add the member" error={create.error} /> : null}
      </div>
      <div className="flex gap-2">
        <Button type="submit" isLoading={create.isPending}>
          Add member
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function MembersList({ currentUserId, isEditable }: { currentUserId: string; isEditable: boolean }) {
  const users = useUsers();
  const updateRole = useUpdateUserRole();
  const deleteUser = useDeleteUser();
  const [isAdding, setIsAdding] = useState(false);
  const [pendingRemoval, setPendingRemoval] = useState<User | null>(null);

  if (users.isPending) return <Skeleton className="h-24 w-full" />;
  if (users.isError)
    return <ErrorAlert title="Could not load members" error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Members">
        {users.data.items.map((user) => {
          const isSelf = user.id === currentUserId;
          const label = user.name ?? user.email;
          return (
            <li key={user.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5">
              <LetterAvatar name={label} size="sm" className="rounded-full" />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium text-slate-900">
                  {label} {isSelf ? <Badge tone="indigo">You</Badge> : null}
                </p>
                <p className="truncate text-xs text-slate-500">
                  {user.name ? `${user.email} · ` : ''}joined {formatDate(user.createdAt)}
                </p>
              </div>
              {/* The field primitive is full width; this box gives the role menu its width in the row. */}
              <div className="w-28 shrink-0">
                <Select
                  aria-label={`Role of ${label}`}
                  className="h-8 text-xs"
                  value={user.role}
                  disabled={!isEditable || isSelf || (updateRole.isPending && updateRole.variables.id === user.id)}
                  title={isSelf ? 'You cannot change your own role.' : undefined}
                  onChange={(e) => {
                    const parsed = roleSchema.safeParse(e.target.value);
                    if (parsed.success) updateRole.mutate({ id: user.id, role: parsed.data });
                  }}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {roleLabels[r]}
                    </option>
                  ))}
                </Select>
              </div>
              <Button
                size="sm"
                variant="ghost"
                className="text-rose-700 hover:bg-rose-50 hover:text-rose-800"
                disabled={!isEditable || isSelf}
                aria-label={`Remove ${label}`}
                onClick={() => setPendingRemoval(user)}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {updateRole.isError ? <ErrorAlert title="Could not change the role" error={updateRole.error} /> : null}
        {deleteUser.isError ? <ErrorAlert title="Could not remove the member" error={deleteUser.error} /> : null}
      </div>
      {isEditable ? (
        isAdding ? (
          <AddMemberForm onDone={() => setIsAdding(false)} />
        ) : (
          <Button
            variant="secondary"
            icon={<UserPlus className="size-4" aria-hidden="true" />}
            onClick={() => setIsAdding(true)}
          >
            Add member
          </Button>
        )
      ) : null}
      <ConfirmDialog
        isOpen={pendingRemoval !== null}
        title={`Remove ${pendingRemoval?.name ?? pendingRemoval?.email ?? 'member'}?`}
        confirmLabel="Remove member"
        isPending={deleteUser.isPending}
        onCancel={() => setPendingRemoval(null)}
        onConfirm={() => {
          if (!pendingRemoval) return;
          deleteUser.mutate(pendingRemoval.id, { onSettled: () => setPendingRemoval(null) });
        }}
      >
        They lose access to this workspace immediately. Their API tokens stop working.
      </ConfirmDialog>
    </div>
  );
}
