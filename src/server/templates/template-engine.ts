import { Liquid, Tokenizer, TypeGuards, Value, type TopLevelToken } from "liquidjs";
import { findClosest } from "./closest-match";
import { ALLOWED_FILTERS, ALLOWED_TAGS, PLACEHOLDER_PATHS, type TemplateValues } from "./placeholders";

export type TemplateProblem = { line: number; column: number; message: string; suggestion?: string };

/**
 * One engine for validating and rendering. Drafts are plain text, so nothing is
 * HTML-escaped here: textToEmailHtml escapes everything once, on the way to an email.
 * strictVariables and strictFilters make a mistake an error instead of a blank.
 */
function createEngine(): Liquid {
  return new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true, greedy: false, relativeReference: false, root: [], partials: [], layouts: [] });
}

const engine = createEngine();
const allowedTags = new Set<string>(ALLOWED_TAGS);
const allowedFilters = new Set<string>(ALLOWED_FILTERS);
const placeholders = new Set<string>(PLACEHOLDER_PATHS);

function positionOf(token: TopLevelToken): { line: number; column: number } {
  const [line = 1, column = 1] = token.getPosition();
  return { line, column };
}

/**
 * Checks a template body before it is saved: only allowed tags and filters, and only
 * known placeholders. Each problem has its line and, for a near miss, a suggestion.
 */
export function validateTemplate(body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  let tokens: TopLevelToken[];
  try {
    tokens = new Tokenizer(body).readTopLevelTokens(engine.options);
  } catch (error) {
    return [describeParseError(error)];
  }
  for (const token of tokens) {
    if (TypeGuards.isTagToken(token)) {
      if (!allowedTags.has(token.name)) {
        problems.push({ ...positionOf(token), message: `The tag "${token.name}" is not allowed. Only if, unless and for are.` });
      }
    } else if (TypeGuards.isOutputToken(token)) {
      try {
        const value = new Value(token.content, engine);
        for (const filter of value.filters) {
          if (!allowedFilters.has(filter.name)) problems.push(refuseFilter(filter.name, positionOf(token)));
        }
      } catch (error) {
        // strictFilters: a filter Liquid does not know at all fails while parsing.
        const unknown = error instanceof Error ? /undefined filter: ([\w-]+)/.exec(error.message) : null;
        problems.push(unknown ? refuseFilter(unknown[1]!, positionOf(token)) : describeParseError(error, positionOf(token)));
      }
    }
  }
  if (problems.length > 0) return problems;

  try {
    const analysis = engine.analyzeSync(engine.parse(body), { partials: false });
    for (const [, variables] of Object.entries(analysis.globals)) {
      for (const variable of variables) {
        const path = variable.toArray().filter((s) => typeof s === "string").join(".");
        if (placeholders.has(path)) continue;
        const suggestion = findClosest(path, PLACEHOLDER_PATHS);
        problems.push({
          line: variable.location.row,
          column: variable.location.col,
          message: `Unknown placeholder "${path}".`,
          suggestion: suggestion ? `Did you mean {{ ${suggestion} }}?` : "Pick one from the list of placeholders.",
        });
      }
    }
  } catch (error) {
    problems.push(describeParseError(error));
  }
  return problems;
}

function refuseFilter(name: string, at: { line: number; column: number }): TemplateProblem {
  const suggestion = findClosest(name, ALLOWED_FILTERS);
  return { ...at, message: `The filter "${name}" is not allowed.`, suggestion: suggestion ? `Did you mean "${suggestion}"?` : `Allowed filters: ${ALLOWED_FILTERS.join(", ")}.` };
}

function describeParseError(error: unknown, at?: { line: number; column: number }): TemplateProblem {
  const message = error instanceof Error ? error.message.split(", line:")[0]! : String(error);
  const match = error instanceof Error ? /line:(\d+), col:(\d+)/.exec(error.message) : null;
  return { line: match ? Number(match[1]) : (at?.line ?? 1), column: match ? Number(match[2]) : (at?.column ?? 1), message: `The template cannot be read: ${message}` };
}

/** Renders a validated template to plain text. Throws on any problem rather than leaving a blank. */
export function renderTemplate(body: string, values: TemplateValues): string {
  const problems = validateTemplate(body);
  if (problems.length > 0) throw new Error(problems.map((p) => `line ${p.line}: ${p.message}`).join("; "));
  return engine.parseAndRenderSync(body, values);
}
