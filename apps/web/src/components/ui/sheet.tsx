import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Button } from './button';

/**
 * A side panel on the native <dialog> (like Dialog): showModal() traps focus, Escape and the close
 * button call `onClose`, a click on the backdrop closes it too. Content mounts only while open.
 */
export function Sheet({
  isOpen,
  title,
  description,
  onClose,
  children,
  footer,
  className,
  'data-testid': testId,
}: {
  isOpen: boolean;
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
  'data-testid'?: string;
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
      data-testid={testId}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // Only the backdrop is the dialog element itself; clicks inside land on its content.
        if (event.target === event.currentTarget) onClose();
      }}
      className={cn(
        'fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-2xl overflow-hidden border-l border-slate-200 bg-white p-0 shadow-2xl backdrop:bg-slate-900/30',
        className,
      )}
    >
      {isOpen ? (
        <div className="flex h-full flex-col">
          <div className="flex items-start gap-3 border-b border-slate-100 px-5 py-4">
            <div className="min-w-0 flex-1">
              <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
                {title}
              </h2>
              {description ? (
                <div id={`${id}-description`} className="mt-0.5 text-sm text-slate-500">
                  {description}
                </div>
              ) : null}
            </div>
            <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close" className="-mt-1 -mr-2">
              <X className="size-4" aria-hidden="true" />
            </Button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
          {footer ? <div className="border-t border-slate-100 px-5 py-3">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
