// Which platform APIs a built file uses, read from its syntax tree (acorn):
// - globals: identifiers that no declaration in the file binds (minified bundles declare every
//   local, so a free name is the page's global: `structuredClone`, `ResizeObserver`);
// - statics: `Global.member` on such a global (`Object.hasOwn`, `crypto.randomUUID`,
//   `window.addEventListener`);
// - methods: every property name called as `x.name(…)` / `x?.["name"](…)` (or through
//   `.call`/`.apply`/`.bind`), whatever `x` is, because the receiver of `list.toSorted()` cannot be
//   known without types. Plain property reads on unknown objects are left out: nearly all are our
//   own objects' fields, and the new platform properties worth knowing are read on globals
//   (`navigator.userAgentData`), which `statics` covers.
// A name declared anywhere in the file is taken as local everywhere in it: a global shadowed by a
// local of the same long name in the same file could hide; minifiers make that all but impossible.
import { parse } from 'acorn';

export type ApiUsage = { globals: Set<string>; statics: Set<string>; methods: Set<string> };

type AstNode = { type: string; [key: string]: unknown };

const isNode = (v: unknown): v is AstNode =>
  typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

function children(node: AstNode): [string, AstNode][] {
  const out: [string, AstNode][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) out.push([key, v]);
    if (isNode(value)) out.push([key, value]);
  }
  return out;
}

function walk(node: AstNode, visit: (node: AstNode, parent: AstNode | null, key: string) => void): void {
  const stack: [AstNode, AstNode | null, string][] = [[node, null, '']];
  while (stack.length > 0) {
    const [n, parent, key] = stack.pop()!;
    visit(n, parent, key);
    for (const [k, child] of children(n)) stack.push([child, n, k]);
  }
}

/** Names bound by a declaration, parameter, catch clause, import or class/function name. */
function bindingNames(pattern: AstNode, out: Set<string>): void {
  switch (pattern.type) {
    case 'Identifier':
      out.add(pattern.name as string);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties as AstNode[])
        bindingNames(p.type === 'RestElement' ? p : (p.value as AstNode), out);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements as (AstNode | null)[]) if (e) bindingNames(e, out);
      break;
    case 'RestElement':
      bindingNames(pattern.argument as AstNode, out);
      break;
    case 'AssignmentPattern':
      bindingNames(pattern.left as AstNode, out);
      break;
  }
}

function declaredNames(program: AstNode): Set<string> {
  const names = new Set<string>(['arguments']);
  walk(program, (node) => {
    switch (node.type) {
      case 'VariableDeclarator':
        bindingNames(node.id as AstNode, names);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (isNode(node.id)) bindingNames(node.id, names);
        for (const p of node.params as AstNode[]) bindingNames(p, names);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (isNode(node.id)) bindingNames(node.id, names);
        break;
      case 'CatchClause':
        if (isNode(node.param)) bindingNames(node.param, names);
        break;
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        bindingNames(node.local as AstNode, names);
        break;
    }
  });
  return names;
}

/** Is this Identifier a name being read (not a property key, a label or an export alias)? */
function isReference(parent: AstNode | null, key: string): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return key === 'object' || parent.computed === true;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key === 'value' || parent.computed === true;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return false;
    case 'ExportSpecifier':
      return key === 'local';
    case 'ImportSpecifier':
      return false;
    default:
      return true;
  }
}

function memberName(node: AstNode): string | null {
  const property = node.property as AstNode;
  if (node.computed !== true) return property.type === 'Identifier' ? (property.name as string) : null;
  return property.type === 'Literal' && typeof property.value === 'string' ? property.value : null;
}

const INVOKERS = new Set(['call', 'apply', 'bind']);

/** Is the member expression (child `key` of `parent`) what gets called? */
function isCalled(parent: AstNode | null, key: string): boolean {
  if (!parent) return false;
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && key === 'callee') return true;
  // x?.name() parses as ChainExpression(CallExpression(MemberExpression)); the walk sees the
  // member's parent as the CallExpression already. x.name.call(…) reads `name` to call it.
  if (parent.type === 'MemberExpression' && key === 'object') {
    const invoker = memberName(parent);
    return invoker !== null && INVOKERS.has(invoker);
  }
  return false;
}

export function apiUsage(code: string): ApiUsage {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AstNode;
  const declared = declaredNames(program);
  const usage: ApiUsage = { globals: new Set(), statics: new Set(), methods: new Set() };
  const isGlobal = (n: AstNode) => n.type === 'Identifier' && !declared.has(n.name as string);
  walk(program, (node, parent, key) => {
    if (node.type === 'Identifier' && isReference(parent, key) && !declared.has(node.name as string))
      usage.globals.add(node.name as string);
    if (node.type !== 'MemberExpression') return;
    const name = memberName(node);
    if (name === null) return;
    const object = node.object as AstNode;
    if (isGlobal(object)) usage.statics.add(`${object.name as string}.${name}`);
    else if (isCalled(parent, key)) usage.methods.add(name);
  });
  return usage;
}
