import type * as t from '@babel/types';
import type { Context } from './context.js';
import { evaluate, propertyOf } from './evaluate.js';
import {
  Unknown,
  isPlainObject,
  newObject,
  type ModuleRecord,
  type Scope,
  type Value,
} from './values.js';

/**
 * Binds the names of a declaration or parameter pattern (`{ title, body = '' }`, `[first]`) to
 * the parts of a value, each computed when first read. Returns the names bound.
 */
export function bindPattern(
  pattern: t.Node,
  value: () => Value,
  scope: Scope,
  module: ModuleRecord,
  context: () => Context,
): string[] {
  const names: string[] = [];
  const bind = (node: t.Node, get: () => Value): void => {
    switch (node.type) {
      case 'Identifier':
        scope.setLazy(node.name, get);
        names.push(node.name);
        break;
      case 'AssignmentPattern':
        bind(node.left, () => {
          const current = get();
          return current === undefined ? evaluate(node.right, scope, module, context()) : current;
        });
        break;
      case 'ObjectPattern': {
        const taken: string[] = [];
        for (const property of node.properties) {
          if (property.type === 'RestElement') {
            bind(property.argument, () => {
              const whole = get();
              if (!isPlainObject(whole)) return whole;
              const rest = newObject();
              for (const key of Object.keys(whole))
                if (!taken.includes(key)) rest[key] = whole[key];
              return rest;
            });
            continue;
          }
          const key = keyOf(property, scope, module, context);
          if (key === undefined) {
            bind(property.value, () => new Unknown('a computed property name'));
            continue;
          }
          taken.push(key);
          bind(property.value, () => propertyOf(get(), key));
        }
        break;
      }
      case 'ArrayPattern':
        node.elements.forEach((element, index) => {
          if (!element) return;
          if (element.type === 'RestElement')
            bind(element.argument, () => {
              const whole = get();
              return Array.isArray(whole) ? whole.slice(index) : whole;
            });
          else bind(element, () => propertyOf(get(), index));
        });
        break;
      case 'RestElement':
        bind(node.argument, get);
        break;
      case 'TSParameterProperty':
        bind(node.parameter, get);
        break;
      default:
        break;
    }
  };
  bind(pattern, value);
  return names;
}

function keyOf(
  property: t.ObjectProperty,
  scope: Scope,
  module: ModuleRecord,
  context: () => Context,
): string | undefined {
  const key = property.key;
  if (!property.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'StringLiteral') return key.value;
    if (key.type === 'NumericLiteral') return String(key.value);
  }
  const value = evaluate(key as t.Expression, scope, module, context());
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
