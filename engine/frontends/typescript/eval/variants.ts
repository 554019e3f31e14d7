// A factory that branches on a parameter nobody gave it a value for (`function build(kind) { if
// (kind === 'cnn') ... else ... }` run on its own, or called with an unknown argument) builds one
// model per value it tests. Merging those branches would leave every layer in them conditional and
// silence the rules; instead the evaluator runs the function once per value, read off the code:
// each literal the parameter (or a property of an options parameter: `opts.modelType`, `const
// {modelType} = opts`) is compared with in the condition of an `if` or a `switch` (`===`, `==`,
// `!==`, `!=`, `case`), plus one run with a value that differs from all of them (the `else` /
// `default`). A parameter only tested for truth (`if (debug)`), or compared only inside an
// expression (`debug ? 'ones' : 'heNormal'`), is no choice between models: what depends on it
// stays conditional, as for any undecidable condition. The number of runs is bounded.
import type { TS } from '../ts';
import { bool, num, str, type Value } from './values';

/** At most this many runs of one function (the product over the parameters it branches on). */
export const MAX_VARIANTS = 16;
/** Literals of one parameter beyond this are not a factory's choices (a lookup table, say). */
const MAX_LITERALS = 12;

export interface Variant {
  /** For messages and model names: "kind = 'cnn'", "opts.modelType = 'lstm'". */
  label: string;
  /** By parameter index. */
  values: Map<number, Value>;
}

/** A value a factory branches on: a parameter itself, or one property of an options parameter. */
interface Choice {
  param: number;
  /** The property of an options object (`opts.modelType`, `const {modelType} = opts`, `function f({modelType})`). */
  key?: string;
  literals: Value[];
}

function literalOf(ts: typeof TS, e: TS.Expression): Value | undefined {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return str(e.text);
  if (ts.isNumericLiteral(e)) return num(Number(e.text));
  if (e.kind === ts.SyntaxKind.TrueKeyword) return bool(true);
  if (e.kind === ts.SyntaxKind.FalseKeyword) return bool(false);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return num(-Number(e.operand.text));
  return undefined;
}

function render(v: Value): string {
  return v.k === 'str' ? `'${v.v}'` : v.k === 'num' || v.k === 'bool' ? String(v.v) : '?';
}

function sameLiteral(a: Value, b: Value): boolean {
  return a.k === b.k && (a as { v: unknown }).v === (b as { v: unknown }).v;
}

type Decl = TS.SignatureDeclaration & { body?: TS.Node | undefined };

/** Names that stand for a parameter or one of its properties: `p` -> (i), `{modelType} = p` -> (i, 'modelType'). */
function aliases(ts: typeof TS, decl: Decl, unknown: Set<number>): Map<string, { param: number; key?: string }> {
  const out = new Map<string, { param: number; key?: string }>();
  const fromPattern = (pattern: TS.ObjectBindingPattern, param: number): void => {
    for (const el of pattern.elements) {
      if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
      const key = el.propertyName ? (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName) ? el.propertyName.text : undefined) : el.name.text;
      if (key !== undefined) out.set(el.name.text, { param, key });
    }
  };
  decl.parameters.forEach((p, i) => {
    if (!unknown.has(i)) return;
    if (ts.isIdentifier(p.name)) out.set(p.name.text, { param: i });
    else if (ts.isObjectBindingPattern(p.name)) fromPattern(p.name, i);
  });
  // `const {modelType, units} = opts;`, `const modelType = opts.modelType;` in the body.
  let visited = 0;
  const visit = (n: TS.Node): void => {
    if (++visited > 20_000) return;
    if (ts.isVariableDeclaration(n) && ts.isObjectBindingPattern(n.name) && n.initializer && ts.isIdentifier(n.initializer)) {
      const a = out.get(n.initializer.text);
      if (a && a.key === undefined) fromPattern(n.name, a.param);
    } else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isPropertyAccessExpression(n.initializer) && ts.isIdentifier(n.initializer.expression)) {
      // `const modelType = opts.modelType;`
      const a = out.get(n.initializer.expression.text);
      if (a && a.key === undefined) out.set(n.name.text, { param: a.param, key: n.initializer.name.text });
    }
    ts.forEachChild(n, visit);
  };
  if (decl.body) visit(decl.body);
  return out;
}

/** The literals each parameter (or property of one) is compared with in the conditions of the body's `if` and `switch` statements. */
function collectChoices(ts: typeof TS, decl: Decl, unknown: Set<number>): Choice[] {
  const names = aliases(ts, decl, unknown);
  const choices = new Map<string, Choice>();
  /** What an expression stands for: `p`, `p.key`, an alias. */
  const subject = (e: TS.Node | undefined): { param: number; key?: string } | undefined => {
    let x = e;
    while (x && ts.isParenthesizedExpression(x)) x = x.expression;
    if (!x) return undefined;
    if (ts.isIdentifier(x)) return names.get(x.text);
    if (ts.isPropertyAccessExpression(x) && ts.isIdentifier(x.expression)) {
      const a = names.get(x.expression.text);
      return a && a.key === undefined ? { param: a.param, key: x.name.text } : undefined;
    }
    return undefined;
  };
  const add = (who: { param: number; key?: string }, v: Value): void => {
    const id = `${who.param}.${who.key ?? ''}`;
    let c = choices.get(id);
    if (!c) choices.set(id, (c = { param: who.param, ...(who.key !== undefined ? { key: who.key } : {}), literals: [] }));
    if (!c.literals.some((l) => sameLiteral(l, v))) c.literals.push(v);
  };
  const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
  /** `p === 'x'`, joined by `&&`, `||`, `!` and parentheses. */
  const condition = (e: TS.Expression): void => {
    if (ts.isParenthesizedExpression(e)) return condition(e.expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return condition(e.operand);
    if (!ts.isBinaryExpression(e)) return;
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      condition(e.left);
      condition(e.right);
      return;
    }
    if (!EQUALITY.has(op)) return;
    const l = subject(e.left);
    const r = subject(e.right);
    const lit = l ? literalOf(ts, e.right) : r ? literalOf(ts, e.left) : undefined;
    if (lit) add((l ?? r)!, lit);
  };
  let visited = 0;
  const visit = (n: TS.Node): void => {
    // Bounded like everything else: a huge function is no factory.
    if (++visited > 20_000) return;
    if (ts.isIfStatement(n)) condition(n.expression);
    else if (ts.isSwitchStatement(n)) {
      const who = subject(n.expression);
      if (who) {
        for (const c of n.caseBlock.clauses) {
          if (!ts.isCaseClause(c)) continue;
          const lit = literalOf(ts, c.expression);
          if (lit) add(who, lit);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  if (decl.body) visit(decl.body);
  return [...choices.values()];
}

/**
 * The runs of a function: one per combination of the tested values of its parameters that it was
 * given no value for (`unknown`: their indices); none when it branches on nothing unknown.
 * A variant's values are by parameter index: a literal, or an options object holding the
 * literals of the properties tested (its other properties unknown).
 */
export function splitVariants(ts: typeof TS, decl: Decl, unknown: Set<number>): Variant[] {
  if (unknown.size === 0 || !decl.body) return [];
  const choices = collectChoices(ts, decl, unknown).filter((c) => c.literals.length <= MAX_LITERALS);
  // A parameter compared as a whole is not also an options object.
  const whole = new Set(choices.filter((c) => c.key === undefined).map((c) => c.param));
  const axes: { choice: Choice; options: { label: string; value: Value }[] }[] = [];
  let product = 1;
  for (const c of choices.sort((a, b) => a.param - b.param)) {
    if (c.key !== undefined && whole.has(c.param)) continue;
    const p = decl.parameters[c.param]!;
    const name = c.key !== undefined ? (ts.isIdentifier(p.name) ? `${p.name.text}.${c.key}` : c.key) : (p.name as TS.Identifier).text;
    const options = c.literals.map((v) => ({ label: `${name} = ${render(v)}`, value: v }));
    options.push({ label: `${name} other than ${c.literals.map(render).join(', ')}`, value: { k: 'unknown', not: c.literals } });
    if (product * options.length > MAX_VARIANTS) continue;
    product *= options.length;
    axes.push({ choice: c, options });
  }
  if (axes.length === 0) return [];
  let variants: { label: string; picks: { choice: Choice; value: Value }[] }[] = [{ label: '', picks: [] }];
  for (const axis of axes) {
    const next: typeof variants = [];
    for (const v of variants) for (const o of axis.options) next.push({ label: v.label ? `${v.label}, ${o.label}` : o.label, picks: [...v.picks, { choice: axis.choice, value: o.value }] });
    variants = next;
  }
  return variants.map((v) => {
    const values = new Map<number, Value>();
    for (const { choice, value } of v.picks) {
      if (choice.key === undefined) {
        values.set(choice.param, value);
        continue;
      }
      let obj = values.get(choice.param);
      if (obj?.k !== 'obj') values.set(choice.param, (obj = { k: 'obj', props: new Map(), partial: true }));
      obj.props.set(choice.key, { value });
    }
    return { label: v.label, values };
  });
}
