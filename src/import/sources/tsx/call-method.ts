import type { Context } from './context.js';
import { callFunction, stringOf } from './evaluate.js';
import { Closure, Unknown, isPlainObject, newObject, truthy, type Value } from './values.js';

export const NOT_A_METHOD = Symbol('not a method');

/**
 * The methods pages use to shape literal data into elements (`map`, `filter`, `join`,
 * `Object.entries`…), applied to known values. Anything else is `NOT_A_METHOD`, and the call is
 * then treated as a function call.
 */
export function callMethod(
  target: Value,
  method: string,
  args: Value[],
  context: Context,
): Value | typeof NOT_A_METHOD {
  if (target instanceof Unknown) return target;
  const callback = (index: number) => {
    const fn = args[index];
    return fn instanceof Closure
      ? (...values: Value[]) => callFunction(fn, values, context)
      : undefined;
  };
  if (isObjectGlobal(target)) {
    const object = args[0];
    if (!isPlainObject(object) && !Array.isArray(object))
      return object instanceof Unknown ? object : NOT_A_METHOD;
    const keys = Object.keys(object);
    const values = keys.map((key) => (object as Record<string, Value>)[key]);
    if (method === 'keys') return keys;
    if (method === 'values') return values;
    if (method === 'entries') return keys.map((key, index) => [key, values[index]]);
    if (method === 'fromEntries' && Array.isArray(object)) {
      const result = newObject();
      for (const entry of object) if (Array.isArray(entry)) result[String(entry[0])] = entry[1];
      return result;
    }
    return NOT_A_METHOD;
  }
  if (Array.isArray(target)) {
    const fn = callback(0);
    switch (method) {
      case 'map':
        return fn ? target.map((item, index) => fn(item, index, target)) : NOT_A_METHOD;
      case 'flatMap':
        return fn ? target.flatMap((item, index) => fn(item, index, target)) : NOT_A_METHOD;
      case 'filter':
        // A test that cannot be known keeps the item: better shown than lost.
        return fn
          ? target.filter((item, index) => truthy(fn(item, index, target)) !== false)
          : NOT_A_METHOD;
      case 'find':
        return fn
          ? target.find((item, index) => truthy(fn(item, index, target)) === true)
          : NOT_A_METHOD;
      case 'slice':
        return target.slice(numberArg(args[0]), numberArg(args[1]));
      case 'concat':
        return target.concat(...args.map((arg) => (Array.isArray(arg) ? arg : [arg])));
      case 'reverse':
      case 'toReversed':
        return [...target].reverse();
      case 'flat':
        return target.flat();
      case 'join': {
        const parts = target.map(stringOf);
        if (parts.some((part) => part === undefined)) return new Unknown('a joined list');
        return parts.join(typeof args[0] === 'string' ? args[0] : ',');
      }
      case 'includes':
        return target.includes(args[0]);
      default:
        return NOT_A_METHOD;
    }
  }
  if (typeof target === 'string') {
    switch (method) {
      case 'trim':
      case 'toUpperCase':
      case 'toLowerCase':
      case 'trimStart':
      case 'trimEnd':
        return target[method]();
      case 'split':
        return typeof args[0] === 'string' ? target.split(args[0]) : NOT_A_METHOD;
      case 'replace':
      case 'replaceAll':
        return typeof args[0] === 'string' && typeof args[1] === 'string'
          ? target[method](args[0], args[1])
          : NOT_A_METHOD;
      case 'concat':
        return target + args.map((arg) => stringOf(arg) ?? '').join('');
      case 'slice':
        return target.slice(numberArg(args[0]), numberArg(args[1]));
      case 'includes':
      case 'startsWith':
      case 'endsWith':
        return typeof args[0] === 'string' ? target[method](args[0]) : NOT_A_METHOD;
      default:
        return NOT_A_METHOD;
    }
  }
  return NOT_A_METHOD;
}

const OBJECT_GLOBAL = Symbol('Object');

function isObjectGlobal(value: Value): boolean {
  return isPlainObject(value) && (value as Record<symbol, unknown>)[OBJECT_GLOBAL] === true;
}

/** The `Object` global, as a value pages can call `keys`, `values`, `entries` on. */
export function objectGlobal(): Value {
  const object = newObject();
  (object as Record<symbol, unknown>)[OBJECT_GLOBAL] = true;
  return object;
}

function numberArg(value: Value): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
