import type * as t from '@babel/types';
import { bindPattern } from './bind-pattern.js';
import { NOT_A_METHOD, callMethod } from './call-method.js';
import { MAX_DEPTH, type Context } from './context.js';
import {
  Closure,
  External,
  Markup,
  Scope,
  StyledTag,
  Unknown,
  isPlainObject,
  newObject,
  truthy,
  type ModuleRecord,
  type Value,
} from './values.js';

const HOOKS_WITH_INITIAL = new Set(['useState', 'useReducer', 'useRef']);
const HOOKS_THAT_CALL = new Set(['useMemo', 'useCallback']);

/**
 * The value of an expression, worked out from the source alone: literals, names, data in the
 * same or imported files, and calls of the site's own functions. Nothing is run; whatever needs
 * the running site (fetches, hooks' later state, globals) is `Unknown`.
 */
export function evaluate(
  node: t.Node,
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): Value {
  const recurse = (child: t.Node) => evaluate(child, scope, module, context);
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'NullLiteral':
      return null;
    case 'Identifier':
      if (node.name === 'undefined') return undefined;
      return scope.get(node.name);
    case 'TemplateLiteral': {
      let text = node.quasis[0]?.value.cooked ?? '';
      for (let index = 0; index < node.expressions.length; index++) {
        const part = recurse(node.expressions[index]!);
        const string = stringOf(part);
        if (string === undefined)
          return part instanceof Unknown ? part : new Unknown('a computed string');
        text += string + (node.quasis[index + 1]?.value.cooked ?? '');
      }
      return text;
    }
    case 'TaggedTemplateExpression': {
      const tag = recurse(node.tag);
      if (tag instanceof StyledTag) return tag;
      if (tag instanceof External && /^styled\.([a-z][a-z0-9]*)$/.test(tag.name))
        return new StyledTag(tag.name.slice('styled.'.length));
      if (tag instanceof External && /(^|\.)(css|keyframes|createGlobalStyle|gql)$/.test(tag.name))
        return undefined;
      return recurse(node.quasi);
    }
    case 'ArrayExpression': {
      const items: Value[] = [];
      for (const element of node.elements) {
        if (!element) items.push(undefined);
        else if (element.type === 'SpreadElement') {
          const spread = recurse(element.argument);
          if (Array.isArray(spread)) items.push(...spread);
          else return spread instanceof Unknown ? spread : new Unknown('a spread of non-list data');
        } else items.push(recurse(element));
      }
      return items;
    }
    case 'ObjectExpression': {
      const object = newObject();
      for (const property of node.properties) {
        if (property.type === 'SpreadElement') {
          const spread = recurse(property.argument);
          if (isPlainObject(spread)) Object.assign(object, spread);
          continue;
        }
        const key = objectKey(property, recurse);
        if (key === undefined) continue;
        object[key] =
          property.type === 'ObjectMethod'
            ? new Closure(property, scope, module)
            : recurse(property.value);
      }
      return object;
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const object = recurse(node.object);
      if (node.optional && (object === undefined || object === null)) return undefined;
      const key =
        !node.computed && node.property.type === 'Identifier'
          ? node.property.name
          : recurse(node.property);
      if (typeof key !== 'string' && typeof key !== 'number')
        return key instanceof Unknown ? key : new Unknown('a computed property');
      return propertyOf(object, key);
    }
    case 'CallExpression':
    case 'OptionalCallExpression':
      return evaluateCall(node, scope, module, context);
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return new Closure(node, scope, module);
    case 'JSXElement':
    case 'JSXFragment':
      return new Markup(context.renderJsx(node, scope, module));
    case 'ConditionalExpression': {
      const test = truthy(recurse(node.test));
      // Unknown: the first branch is what the page shows when its content is there.
      return test === false ? recurse(node.alternate) : recurse(node.consequent);
    }
    case 'LogicalExpression': {
      const left = recurse(node.left);
      const test =
        node.operator === '??'
          ? left instanceof Unknown
            ? undefined
            : left != null
          : truthy(left);
      if (node.operator === '&&') return test === false ? left : recurse(node.right);
      if (test === undefined) return recurse(node.right);
      return test ? left : recurse(node.right);
    }
    case 'BinaryExpression':
      return binary(node.operator, recurse(node.left), recurse(node.right));
    case 'UnaryExpression': {
      const value = recurse(node.argument);
      if (value instanceof Unknown) return value;
      if (node.operator === '!') return !truthy(value);
      if (node.operator === '-' && typeof value === 'number') return -value;
      if (node.operator === 'void') return undefined;
      return new Unknown('a computed value');
    }
    case 'SequenceExpression':
      return recurse(node.expressions[node.expressions.length - 1]!);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'TSInstantiationExpression':
    case 'ParenthesizedExpression':
      return recurse(node.expression);
    case 'AwaitExpression':
      return new Unknown('data the site waits for when it runs');
    default:
      return new Unknown('code that only gives its value when the site runs');
  }
}

export function propertyOf(object: Value, key: string | number): Value {
  if (object instanceof Unknown) return object;
  if (object instanceof External) return new External(object.source, `${object.name}.${key}`);
  if (Array.isArray(object) || typeof object === 'string') {
    if (key === 'length') return object.length;
    return typeof key === 'number' || /^\d+$/.test(key) ? object[Number(key)] : undefined;
  }
  if (isPlainObject(object)) return Object.hasOwn(object, key) ? object[key] : undefined;
  if (object === undefined || object === null) return new Unknown('a property of missing data');
  return undefined;
}

function evaluateCall(
  node: t.CallExpression | t.OptionalCallExpression,
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): Value {
  const recurse = (child: t.Node) => evaluate(child, scope, module, context);
  const args = () =>
    node.arguments.flatMap((argument) => {
      if (argument.type === 'SpreadElement') {
        const spread = recurse(argument.argument);
        return Array.isArray(spread) ? spread : [spread];
      }
      return [recurse(argument)];
    });
  const callee = node.callee;
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
    const target = recurse(callee.object);
    const method =
      !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
    if (
      method &&
      !(target instanceof External) &&
      !(isPlainObject(target) && target[method] instanceof Closure)
    ) {
      const result = callMethod(target, method, args(), context);
      if (result !== NOT_A_METHOD) return result;
    }
  }
  const fn = recurse(callee as t.Expression);
  if (fn instanceof Closure) return callFunction(fn, args(), context);
  if (fn instanceof External) {
    const name = fn.name.split('.').pop() ?? '';
    if (HOOKS_WITH_INITIAL.has(name)) {
      const initial = initialOf(args()[0], context);
      if (name === 'useRef') return { current: initial };
      // State that starts empty is filled in by the running page (fetched data, as a rule).
      const state =
        initial === null || initial === undefined
          ? new Unknown('data the page loads when it runs')
          : initial;
      return [state, new Unknown('a state setter')];
    }
    if (HOOKS_THAT_CALL.has(name)) {
      const first = args()[0];
      return name === 'useMemo' && first instanceof Closure
        ? callFunction(first, [], context)
        : first;
    }
    if (fn.name === 'styled' || fn.name.startsWith('styled.')) {
      const target = args()[0];
      return target instanceof StyledTag || target instanceof Closure
        ? target
        : new StyledTag('div');
    }
  }
  if (callee.type === 'Identifier' && callee.name === 'String' && !scope.has('String'))
    return stringOf(args()[0]) ?? new Unknown('a computed string');
  return new Unknown(`a call of \`${callee.type === 'Identifier' ? callee.name : 'a function'}\``);
}

function initialOf(initial: Value, context: Context): Value {
  return initial instanceof Closure ? callFunction(initial, [], context) : initial;
}

/** Calls a function of the site with the given arguments; its result, or Unknown. */
export function callFunction(fn: Closure, args: Value[], context: Context): Value {
  if (context.depth > MAX_DEPTH) return new Unknown('functions nested too deeply to follow');
  context.depth++;
  try {
    const scope = new Scope(fn.scope);
    fn.node.params.forEach((param, index) =>
      bindPattern(
        param,
        () => args[index],
        scope,
        fn.module,
        () => context,
      ),
    );
    const body = fn.node.body;
    if (body.type !== 'BlockStatement') return evaluate(body, scope, fn.module, context);
    const result = runStatements(body.body, scope, fn.module, context);
    return result ? result.value : undefined;
  } finally {
    context.depth--;
  }
}

/** Runs a function body's declarations and follows its `if`s to the `return` the page reaches. */
export function runStatements(
  statements: t.Statement[],
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): { value: Value } | undefined {
  for (const statement of statements) {
    if (statement.type === 'FunctionDeclaration' && statement.id)
      scope.set(statement.id.name, new Closure(statement, scope, module));
  }
  for (const statement of statements) {
    switch (statement.type) {
      case 'VariableDeclaration':
        for (const declarator of statement.declarations) {
          const init = declarator.init;
          let computed = false;
          let value: Value;
          const get = () => {
            if (!computed) {
              computed = true;
              value = init ? evaluate(init, scope, module, context) : undefined;
            }
            return value;
          };
          bindPattern(declarator.id, get, scope, module, () => context);
        }
        break;
      case 'ReturnStatement':
        return {
          value: statement.argument
            ? evaluate(statement.argument, scope, module, context)
            : undefined,
        };
      case 'IfStatement': {
        const test = truthy(evaluate(statement.test, scope, module, context));
        // Unknown: an early `return` under an unknown test is a loading or error guard.
        const branch =
          test === true
            ? statement.consequent
            : test === false || test === undefined
              ? statement.alternate
              : undefined;
        if (!branch) break;
        const result = runStatements(
          branch.type === 'BlockStatement' ? branch.body : [branch],
          new Scope(scope),
          module,
          context,
        );
        if (result) return result;
        break;
      }
      case 'BlockStatement': {
        const result = runStatements(statement.body, new Scope(scope), module, context);
        if (result) return result;
        break;
      }
      case 'TryStatement': {
        const result = runStatements(statement.block.body, new Scope(scope), module, context);
        if (result) return result;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

export function stringOf(value: Value): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  return undefined;
}

function objectKey(
  property: t.ObjectProperty | t.ObjectMethod,
  recurse: (node: t.Node) => Value,
): string | undefined {
  const key = property.key;
  if (!property.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'StringLiteral') return key.value;
    if (key.type === 'NumericLiteral') return String(key.value);
  }
  const value = recurse(key);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function binary(operator: string, left: Value, right: Value): Value {
  if (left instanceof Unknown) return left;
  if (right instanceof Unknown) return right;
  const simple = (value: Value) =>
    value === null || value === undefined || typeof value !== 'object';
  if (!simple(left) || !simple(right)) {
    if (operator === '===' || operator === '==') return left === right;
    if (operator === '!==' || operator === '!=') return left !== right;
    return new Unknown('a computed value');
  }
  const a = left as string | number | boolean | null | undefined;
  const b = right as string | number | boolean | null | undefined;
  switch (operator) {
    case '+':
      return typeof a === 'number' && typeof b === 'number' ? a + b : `${String(a)}${String(b)}`;
    case '-':
      return Number(a) - Number(b);
    case '*':
      return Number(a) * Number(b);
    case '/':
      return Number(a) / Number(b);
    case '%':
      return Number(a) % Number(b);
    case '===':
      return a === b;
    case '!==':
      return a !== b;
    case '==':
      return a == b;
    case '!=':
      return a != b;
    case '<':
      return (a as number) < (b as number);
    case '>':
      return (a as number) > (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>=':
      return (a as number) >= (b as number);
    default:
      return new Unknown('a computed value');
  }
}
