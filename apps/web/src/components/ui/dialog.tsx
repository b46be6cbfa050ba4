import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Button } from './button';

/**
 * A confirmation dialog on the native <dialog> element: showModal() gives focus trapping, Escape
 * to close and an inert background without a portal library.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  isPending = false,
  tone = 'danger',
}: {
  isOpen: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isPending?: boolean;
  tone?: 'danger' | 'primary';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {isOpen ? (
        <div className="p-5">
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {children ? <div className="mt-2 text-sm text-slate-600">{children}</div> : null}
          <div className="mt-5 flex justify-end gap-2">
            <Button variant="secondary" onClick={onCancel} disabled={isPending}>
              Cancel
            </Button>
            <Button
              variant={tone === 'danger' ? 'primary' : 'primary'}
              className={tone === 'danger' ? 'bg-rose-600 hover:bg-rose-500 disabled:bg-rose-300' : undefined}
              onClick={onConfirm}
              isLoading={isPending}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * A modal with arbitrary content (forms) on the native <dialog>. Escape and the close button call
 * `onClose`; the content is only mounted while open, so form state starts fresh each time.
 */
export function Dialog({
  isOpen,
  title,
  description,
  onClose,
  children,
  size = 'md',
  icon,
}: {
  isOpen: boolean;
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  size?: 'md' | 'lg';
  icon?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={cn(
        'm-auto max-h-[calc(100vh-4rem)] w-[calc(100%-2rem)] overflow-y-auto rounded-xl border border-slate-200 bg-white p-0 shadow-2xl backdrop:bg-slate-900/40 backdrop:backdrop-blur-[1px]',
        size === 'lg' ? 'max-w-xl' : 'max-w-md',
      )}
    >
      {isOpen ? (
        <div>
          <div className="flex items-start gap-3 border-b border-slate-100 px-5 py-4">
            {icon}
            <div className="min-w-0 flex-1">
              <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
                {title}
              </h2>
              {description ? (
                <p id={`${id}-description`} className="mt-0.5 text-sm text-slate-500">
                  {description}
                </p>
              ) : null}
            </div>
            <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close" className="-mt-1 -mr-2">
              <X className="size-4" aria-hidden="true" />
            </Button>
          </div>
          <div className="px-5 py-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
