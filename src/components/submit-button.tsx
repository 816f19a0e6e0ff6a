/** The form's main button: disabled while the form is on its way, saying what is happening. */
export function SubmitButton({ pending, label, pendingLabel, className = "" }: { pending: boolean; label: string; pendingLabel: string; className?: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 ${className}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
