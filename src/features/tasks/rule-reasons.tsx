import { explainRules } from "@/lib/rule-reasons";

/**
 * Why a task is in the plan, on request: the playbook's plain sentences, never rule ids.
 * A native <details>, so it opens by keyboard and screen readers announce its state. The
 * client reads it as their coach's advice; a coach, as the practice's.
 */
export function RuleReasons({ rules, title, forClient }: { rules: readonly string[]; title: string; forClient: boolean }) {
  const reasons = explainRules(rules);
  if (reasons.length === 0) return null;
  return (
    <details className="mt-1 text-xs text-ink-muted">
      <summary className="inline-flex min-h-11 cursor-pointer items-center underline sm:min-h-0">
        Why?<span className="sr-only"> {title}</span>
      </summary>
      <ul className="mt-1 space-y-0.5">
        {reasons.map((reason) => (
          <li key={reason}>
            {reason} — from {forClient ? "your coach's" : "the practice's"} playbook.
          </li>
        ))}
      </ul>
    </details>
  );
}
