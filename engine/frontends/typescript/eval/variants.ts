// A factory that branches on a parameter nobody gave it a value for (`function build(kind) { if
// (kind === 'cnn') ... else ... }` run on its own, or called with an unknown argument) builds one
// model per value it tests. Merging those branches would leave every layer in them conditional and
// silence the rules; instead the evaluator runs the function once per value, read off the code:
// each literal the parameter is compared with in the condition of an `if` or a `switch` (`===`,
// `==`, `!==`, `!=`, `case`), plus one run with a value that differs from all of them (the `else`
// / `default`). A parameter only tested for truth (`if (debug)`), or compared only inside an
// expression (`debug ? 'ones' : 'heNormal'`), is no choice between models: what depends on it
// stays conditional, as for any undecidable condition. The number of runs is bounded.
import type { TS } from '../ts';
import { bool, num, str, type Value } from './values';

/** At most this many runs of one function (the product over the parameters it branches on). */
export const MAX_VARIANTS = 16;
/** Literals of one parameter beyond this are not a factory's choices (a lookup table, say). */
const MAX_LITERALS = 12;

export interface Variant {
  /** For messages and model names: "kind = 'cnn'", "useConv = false". */
  label: string;
  values: Map<string, Value>;
}

interface Use {
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

/** The literals each of `params` is compared with in the conditions of the body's `if` and `switch` statements. */
function collectUses(ts: typeof TS, body: TS.Node, params: Set<string>): Map<string, Use> {
  const uses = new Map<string, Use>();
  const param = (e: TS.Node | undefined): string | undefined => {
    let x = e;
    while (x && ts.isParenthesizedExpression(x)) x = x.expression;
    return x && ts.isIdentifier(x) && params.has(x.text) ? x.text : undefined;
  };
  const addLiteral = (name: string, v: Value): void => {
    let u = uses.get(name);
    if (!u) uses.set(name, (u = { literals: [] }));
    if (!u.literals.some((l) => sameLiteral(l, v))) u.literals.push(v);
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
    const l = param(e.left);
    const r = param(e.right);
    const lit = l ? literalOf(ts, e.right) : r ? literalOf(ts, e.left) : undefined;
    if (lit) addLiteral((l ?? r)!, lit);
  };
  let visited = 0;
  const visit = (n: TS.Node): void => {
    // Bounded like everything else: a huge function is no factory.
    if (++visited > 20_000) return;
    if (ts.isIfStatement(n)) condition(n.expression);
    else if (ts.isSwitchStatement(n)) {
      const p = param(n.expression);
      if (p) {
        for (const c of n.caseBlock.clauses) {
          if (!ts.isCaseClause(c)) continue;
          const lit = literalOf(ts, c.expression);
          if (lit) addLiteral(p, lit);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return uses;
}

/** The runs of a function: one per combination of its parameters' tested values; none when it branches on nothing unknown. */
export function splitVariants(ts: typeof TS, decl: TS.SignatureDeclaration & { body?: TS.Node | undefined }, unknownParams: Set<string>): Variant[] {
  if (unknownParams.size === 0 || !decl.body) return [];
  const uses = collectUses(ts, decl.body, unknownParams);
  const axes: { name: string; options: { label: string; value: Value }[] }[] = [];
  let product = 1;
  for (const p of decl.parameters) {
    if (!ts.isIdentifier(p.name)) continue;
    const name = p.name.text;
    const u = uses.get(name);
    if (!u || u.literals.length === 0 || u.literals.length > MAX_LITERALS) continue;
    const options = u.literals.map((v) => ({ label: `${name} = ${render(v)}`, value: v }));
    options.push({ label: `${name} other than ${u.literals.map(render).join(', ')}`, value: { k: 'unknown', not: u.literals } });
    if (product * options.length > MAX_VARIANTS) continue;
    product *= options.length;
    axes.push({ name, options });
  }
  if (axes.length === 0) return [];
  let variants: Variant[] = [{ label: '', values: new Map() }];
  for (const axis of axes) {
    const next: Variant[] = [];
    for (const v of variants) {
      for (const o of axis.options) {
        const values = new Map(v.values);
        values.set(axis.name, o.value);
        next.push({ label: v.label ? `${v.label}, ${o.label}` : o.label, values });
      }
    }
    variants = next;
  }
  return variants;
}
