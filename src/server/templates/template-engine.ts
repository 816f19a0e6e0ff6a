import "server-only";
import {
  Context,
  ForTag,
  Liquid,
  LiquidError,
  Tokenizer,
  TypeGuards,
  Value,
  toValue,
  toValueSync,
  type Emitter,
  type Template,
  type TopLevelToken,
  type ValueToken,
} from "liquidjs";
import { DRAFT_BODY_MAX_LENGTH } from "@/server/drafts/schemas";
import { BadInputError } from "@/server/errors";
import { findClosest } from "./closest-match";
import { ALLOWED_FILTERS, ALLOWED_TAGS, PLACEHOLDER_PATHS, SAMPLE_VALUES, type TemplateValues } from "./placeholders";
import { TEMPLATE_BODY_MAX_LENGTH } from "./schemas";

export type TemplateProblem = { line: number; column: number; message: string; suggestion?: string };

/**
 * What one template may cost. Unbounded, a `{% for i in (1..100000000) %}` body once ran
 * for 239 s, wrote 100 MB and stalled the server (issue 12). Saving refuses loops longer
 * than `loopSteps`; any render stops at the other limits with a TemplateProblem.
 */
export const TEMPLATE_LIMITS = {
  /** Characters one render may write: the most a draft's body holds, so a filled template always fits. */
  outputCharacters: DRAFT_BODY_MAX_LENGTH,
  /** Loop steps in all, nested loops multiplied: a letter has no use for more. */
  loopSteps: 1_000,
  /** Wall-clock milliseconds per render. A preview or a save renders subject and body: about 1 s at worst. */
  renderMs: 500,
  /** liquidjs's memory units (about one character or array slot each): ten times the output, a few MB at most. */
  memoryUnits: 200_000,
  /** Characters parsed at once: a template body's own maximum. */
  parseCharacters: TEMPLATE_BODY_MAX_LENGTH,
} as const;

/**
 * One engine for validating and rendering. Drafts are plain text, so nothing is
 * HTML-escaped here: textToEmailHtml escapes everything once, on the way to an email.
 * strictVariables and strictFilters make a mistake an error instead of a blank.
 */
function createEngine(): Liquid {
  return new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    greedy: false,
    relativeReference: false,
    root: [],
    partials: [],
    layouts: [],
    parseLimit: TEMPLATE_LIMITS.parseCharacters,
    renderLimit: TEMPLATE_LIMITS.renderMs,
    memoryLimit: TEMPLATE_LIMITS.memoryUnits,
  });
}

const engine = createEngine();
const allowedTags = new Set<string>(ALLOWED_TAGS);
const allowedFilters = new Set<string>(ALLOWED_FILTERS);
const placeholders = new Set<string>(PLACEHOLDER_PATHS);

/** A template that cannot be filled in: bad input, with each problem's line. */
export class TemplateError extends BadInputError {
  constructor(readonly problems: TemplateProblem[]) {
    super(`The template cannot be filled in. ${problems.map((p) => `Line ${p.line}: ${p.message}`).join(" ")}`);
  }
}

function positionOf(token: { getPosition(): number[] }): { line: number; column: number } {
  const [line = 1, column = 1] = token.getPosition();
  return { line, column };
}

/** Only allowed tags and filters, and only known placeholders, each problem with its line. */
function checkSyntax(body: string): { problems: TemplateProblem[]; templates: Template[] } {
  const problems: TemplateProblem[] = [];
  if (body.length > TEMPLATE_LIMITS.parseCharacters) {
    return { problems: [{ line: 1, column: 1, message: `The template is longer than ${formatCount(TEMPLATE_LIMITS.parseCharacters)} characters.` }], templates: [] };
  }
  let tokens: TopLevelToken[];
  try {
    tokens = new Tokenizer(body).readTopLevelTokens(engine.options);
  } catch (error) {
    return { problems: [describeParseError(error)], templates: [] };
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
  if (problems.length > 0) return { problems, templates: [] };

  try {
    const templates = engine.parse(body);
    const analysis = engine.analyzeSync(templates, { partials: false });
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
    problems.push(...findRunawayLoops(templates, 1));
    return { problems, templates };
  } catch (error) {
    return { problems: [describeParseError(error)], templates: [] };
  }
}

/** How many times a loop over this collection runs: a range's length, or once for a single value. */
function stepsOf(collection: ValueToken): number | null {
  if (!TypeGuards.isRangeToken(collection)) return 1;
  const { lhs, rhs } = collection;
  if (!TypeGuards.isNumberToken(lhs) || !TypeGuards.isNumberToken(rhs)) return null;
  // liquidjs counts from the low bound up to the high one, one step at a time.
  return Math.max(0, Math.ceil(Number(rhs.content) + 1 - Number(lhs.content)));
}

/**
 * A static check, so a runaway loop is refused with its line before anything runs: a
 * range must have written-out bounds (a placeholder's value would let a client's text
 * set the count), and all loops together may run at most `loopSteps` times.
 */
function findRunawayLoops(templates: Template[], outerSteps: number): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const template of templates) {
    if (template instanceof ForTag) {
      const at = positionOf(template.token);
      const steps = stepsOf(template.collection);
      if (steps === null) {
        problems.push({ ...at, message: "A loop's range must be written with numbers, such as (1..3)." });
        continue;
      }
      const total = outerSteps * steps;
      if (total > TEMPLATE_LIMITS.loopSteps) {
        const nested = outerSteps > 1 ? ", counting the loops around it" : "";
        problems.push({ ...at, message: `This loop would run ${formatCount(total)} times${nested}; a template may loop at most ${formatCount(TEMPLATE_LIMITS.loopSteps)} times.` });
        continue;
      }
      problems.push(...findRunawayLoops(template.templates, total), ...findRunawayLoops(template.elseTemplates, outerSteps));
    } else if (template.children) {
      problems.push(...findRunawayLoops(toValueSync(template.children(false, true)), outerSteps));
    }
  }
  return problems;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
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

class OutputLimitError extends Error {}

/** Liquid's own text conversion (liquidjs keeps it private): a Drop's value, nothing for nil, arrays joined. */
function toText(value: unknown): string {
  const plain: unknown = toValue(value);
  if (typeof plain === "string") return plain;
  if (plain === null || plain === undefined) return "";
  if (Array.isArray(plain)) return plain.map(toText).join("");
  return String(plain);
}

/** Stops a render as soon as it would write more than the output limit, before the text grows further. */
class CappedEmitter implements Emitter {
  buffer = "";
  write(html: unknown) {
    const text = toText(html);
    if (this.buffer.length + text.length > TEMPLATE_LIMITS.outputCharacters) throw new OutputLimitError();
    this.buffer += text;
  }
}

/** liquidjs reports a limit as an AssertionError with this message, wrapped with the token it stopped at. */
const LIMIT_MESSAGES: [RegExp, string][] = [
  [/^memory alloc limit exceeded/, "This would build too much text or too long a list to fill in; keep ranges and loops short."],
  [/^template render limit exceeded/, `This takes longer than ${TEMPLATE_LIMITS.renderMs / 1000} s to fill in; keep loops short and few.`],
  [/^parse length limit exceeded/, `The template is longer than ${formatCount(TEMPLATE_LIMITS.parseCharacters)} characters.`],
];

function describeRenderError(error: unknown): TemplateProblem {
  const at = LiquidError.is(error) ? positionOf(error.token) : { line: 1, column: 1 };
  const cause = LiquidError.is(error) ? (error.originalError ?? error) : error;
  if (cause instanceof OutputLimitError) {
    return { ...at, message: `The filled-in text would be longer than ${formatCount(TEMPLATE_LIMITS.outputCharacters)} characters.` };
  }
  const text = cause instanceof Error ? cause.message : "";
  const limit = LIMIT_MESSAGES.find(([pattern]) => pattern.test(text));
  if (limit) return { ...at, message: limit[1] };
  // Anything else (a stack overflow on absurd nesting, say) is still the template's problem, not a crash.
  return { ...at, message: "This part of the template cannot be filled in." };
}

function renderWithinLimits(templates: Template[], values: TemplateValues, limits: RenderTimeLimit = {}): string {
  const context = new Context(values, engine.options, { sync: true, renderLimit: limits.renderMs }, { liquid: engine });
  return toValueSync(engine.renderer.renderTemplates(templates, context, new CappedEmitter())) as string;
}

/**
 * The render-time limit, which only tests set: the test of that limit passes a deadline already
 * past, and the other tests, which check limits that do not depend on speed (loop counts, output
 * and memory), take the clock out so a busy machine cannot turn their answer into "too slow".
 * The app's callers leave it out.
 */
type RenderTimeLimit = { renderMs?: number };

/**
 * Checks a template, then fills it with `values` under the limits: either the problems
 * (each with its line) or the text. Never throws.
 */
export function fillTemplate(body: string, values: TemplateValues, limits?: RenderTimeLimit): { problems: TemplateProblem[]; text: string | null } {
  const { problems, templates } = checkSyntax(body);
  if (problems.length > 0) return { problems, text: null };
  try {
    return { problems: [], text: renderWithinLimits(templates, values, limits) };
  } catch (error) {
    return { problems: [describeRenderError(error)], text: null };
  }
}

/**
 * Checks a template body before it is saved: only allowed tags and filters, only known
 * placeholders, no runaway loop, and a trial render with the sample values within the limits.
 */
export function validateTemplate(body: string, limits?: RenderTimeLimit): TemplateProblem[] {
  return fillTemplate(body, SAMPLE_VALUES, limits).problems;
}

/** Renders a template to plain text, or throws a TemplateError (bad input) rather than leaving a blank. */
export function renderTemplate(body: string, values: TemplateValues, limits?: RenderTimeLimit): string {
  const { problems, text } = fillTemplate(body, values, limits);
  if (text === null) throw new TemplateError(problems);
  return text;
}
