import type { CustomerDetail } from '@success/shared/customers';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Check, Copy, Mail, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { activityQueryOptions } from '@/features/customers/api/get-activity';
import { useOpenRequests } from '../api/get-open-requests';
import {
  buildDraftEmail,
  formatDraftForClipboard,
  toMailtoHref,
  type AccountFacts,
  type DraftEmail,
} from '../draft-email';

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function DraftForm({ initial }: { initial: DraftEmail }) {
  const [draft, setDraft] = useState(initial);
  const [copy, setCopy] = useState<CopyState>('idle');
  const isEdited = draft.to !== initial.to || draft.subject !== initial.subject || draft.body !== initial.body;
  const update = (patch: Partial<DraftEmail>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setCopy('idle');
  };
  return (
    <div className="space-y-4">
      <Field label="To" hint={initial.to ? undefined : 'No contact email on record: add the recipient.'}>
        {(props) => (
          <Input {...props} type="email" value={draft.to} onChange={(event) => update({ to: event.target.value })} />
        )}
      </Field>
      <Field label="Subject">
        {(props) => (
          <Input {...props} value={draft.subject} onChange={(event) => update({ subject: event.target.value })} />
        )}
      </Field>
      <Field label="Body">
        {(props) => (
          <Textarea
            {...props}
            rows={14}
            className="font-[inherit] leading-relaxed"
            value={draft.body}
            onChange={(event) => update({ body: event.target.value })}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-4">
        <Button
          variant="ghost"
          size="sm"
          icon={<RotateCcw className="size-3.5" aria-hidden="true" />}
          disabled={!isEdited}
          onClick={() => {
            setDraft(initial);
            setCopy('idle');
          }}
        >
          Start over
        </Button>
        <div className="flex flex-wrap items-center gap-2">
          <a href={toMailtoHref(draft)} className={buttonClasses({ variant: 'secondary' })}>
            <Mail className="size-4" aria-hidden="true" />
            Open in mail app
          </a>
          <Button
            icon={
              copy === 'copied' ? (
                <Check className="size-4" aria-hidden="true" />
              ) : (
                <Copy className="size-4" aria-hidden="true" />
              )
            }
            onClick={() =>
              void copyText(formatDraftForClipboard(draft)).then((ok) => setCopy(ok ? 'copied' : 'failed'))
            }
          >
            Copy to clipboard
          </Button>
        </div>
      </div>
      <p aria-live="polite" className="min-h-4 text-right text-xs">
        {copy === 'copied' ? <span className="text-emerald-700">Copied to clipboard</span> : null}
        {copy === 'failed' ? (
          <span className="text-rose-700">Could not copy: select the text and copy it yourself.</span>
        ) : null}
      </p>
    </div>
  );
}

/**
 * The customer-facing facts the draft cites: open requests and calls. The draft is written once
 * both have loaded; if one fails, the draft is written without it rather than not at all.
 */
function useAccountFacts(domain: string, isOpen: boolean): { facts: AccountFacts | null; isPartial: boolean } {
  const requests = useOpenRequests(domain, { enabled: isOpen });
  const calls = useInfiniteQuery({ ...activityQueryOptions(domain, ['call']), enabled: isOpen });
  if (requests.isPending || calls.isPending) return { facts: null, isPartial: false };
  return {
    facts: {
      openRequests: requests.data?.items ?? [],
      calls: calls.data?.pages[0]?.items ?? [],
    },
    isPartial: requests.isError || calls.isError,
  };
}

/** An editable outreach draft to the customer, built from the account's renewal, requests, calls and billing. */
export function DraftEmailDialog({
  detail,
  senderName,
  isOpen,
  onClose,
}: {
  detail: CustomerDetail;
  senderName: string | null;
  isOpen: boolean;
  onClose: () => void;
}) {
  const { facts, isPartial } = useAccountFacts(detail.account.domain, isOpen);
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      size="lg"
      title={`Draft email to ${detail.account.name}`}
      description="Written for the customer from their renewal date, open requests, recent calls and billing. Edit before sending."
    >
      {!isOpen ? null : facts ? (
        <>
          {isPartial ? (
            <p className="mb-3 text-xs text-amber-700">
              Some of the account&apos;s requests or calls could not be loaded, so the draft leaves them out.
            </p>
          ) : null}
          <DraftForm
            initial={buildDraftEmail({
              account: detail.account,
              contacts: detail.contacts,
              facts,
              senderName,
              now: new Date(),
            })}
          />
        </>
      ) : (
        <div className="space-y-3" aria-busy="true">
          <span className="sr-only" role="status">
            Gathering the account&apos;s requests and calls…
          </span>
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-56 w-full" />
        </div>
      )}
    </Dialog>
  );
}
