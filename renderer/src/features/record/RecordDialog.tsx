import { useEffect, useId, useRef, type ReactNode } from 'react';

interface RecordDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** The buttons at the foot; the first takes focus. */
  actions: ReactNode;
  /** Escape, unless the dialog is busy (then undefined: it stays until the work is done). */
  onClose: (() => void) | undefined;
}

/**
 * The modal that follows a record out or in (progress, then what came of it). The native
 * <dialog> shown with showModal() traps focus, makes the page inert and gives focus back.
 */
export function RecordDialog({ open, title, children, actions, onClose }: RecordDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
      <div className="form-actions">{actions}</div>
    </dialog>
  );
}
