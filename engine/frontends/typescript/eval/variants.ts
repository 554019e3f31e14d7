// A factory that branches on a parameter nobody gave it a value for (`function build(kind) { if
// (kind === 'cnn') ... else ... }` run on its own, or called with an unknown argument) builds one
// model per value it tests. Merging those branches would leave every layer in them conditional and
// silence the rules; instead the evaluator runs the function once per value, read off the code:
// each literal the parameter is compared with (`===`, `==`, `!==`, `!=`, `switch` cases), plus one
// run with a value that differs from all of them (the `else` / `default`); a parameter only ever
// tested for truth (`if (useConv)`) runs as true and as false. The number of runs is bounded.
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
  truthTested: boolean;
  /** Used as an object or function (`p.x`, `p[i]`, `p()`, `...p`): not a boolean. */
  structured: boolean;
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

/** How the body uses each of `params`. */
function collectUses(ts: typeof TS, body: TS.Node, params: Set<string>): Map<string, Use> {
  const uses = new Map<string, Use>();
  const use = (name: string): Use => {
    let u = uses.get(name);
    if (!u) uses.set(name, (u = { literals: [], truthTested: false, structured: false }));
    return u;
  };
  const param = (e: TS.Node | undefined): string | undefined => {
    let x = e;
    while (x && ts.isParenthesizedExpression(x)) x = x.expression;
    return x && ts.isIdentifier(x) && params.has(x.text) ? x.text : undefined;
  };
  const addLiteral = (name: string, v: Value): void => {
    const u = use(name);
    if (!u.literals.some((l) => sameLiteral(l, v))) u.literals.push(v);
  };
  const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
  let visited = 0;
  const visit = (n: TS.Node): void => {
    // Bounded like everything else: a huge function is no factory.
    if (++visited > 20_000) return;
    if (ts.isBinaryExpression(n) && EQUALITY.has(n.operatorToken.kind)) {
      const l = param(n.left);
      const r = param(n.right);
      const lit = l ? literalOf(ts, n.right) : r ? literalOf(ts, n.left) : undefined;
      if (lit && (l ?? r)) addLiteral((l ?? r)!, lit);
    } else if (ts.isSwitchStatement(n)) {
      const p = param(n.expression);
      if (p) {
        for (const c of n.caseBlock.clauses) {
          if (!ts.isCaseClause(c)) continue;
          const lit = literalOf(ts, c.expression);
          if (lit) addLiteral(p, lit);
        }
      }
    } else if (ts.isIfStatement(n) || ts.isConditionalExpression(n) || ts.isWhileStatement(n)) {
      const p = param(ts.isConditionalExpression(n) ? n.condition : n.expression);
      if (p) use(p).truthTested = true;
    } else if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) {
      const p = param(n.operand);
      if (p) use(p).truthTested = true;
    } else if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isSpreadElement(n) || ts.isSpreadAssignment(n)) {
      const p = param(n.expression);
      if (p) use(p).structured = true;
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
    if (!u) continue;
    let options: { label: string; value: Value }[] = [];
    if (u.literals.length > 0 && u.literals.length <= MAX_LITERALS) {
      options = u.literals.map((v) => ({ label: `${name} = ${render(v)}`, value: v }));
      options.push({ label: `${name} other than ${u.literals.map(render).join(', ')}`, value: { k: 'unknown', not: u.literals } });
    } else if (u.literals.length === 0 && u.truthTested && !u.structured) {
      options = [true, false].map((b) => ({ label: `${name} = ${b}`, value: bool(b) }));
    }
    if (options.length === 0 || product * options.length > MAX_VARIANTS) continue;
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
