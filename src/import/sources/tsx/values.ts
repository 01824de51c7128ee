import type * as t from '@babel/types';

/** A value the source could only give by running (fetched data, a hook, a global). */
export class Unknown {
  constructor(readonly why: string) {}
}

/** HTML already rendered from JSX, kept as a value so data can hold elements. */
export class Markup {
  constructor(readonly html: string) {}
}

/** A function written in the site (a component or helper), with the scope it was made in. */
export class Closure {
  constructor(
    readonly node: t.Function,
    readonly scope: Scope,
    readonly module: ModuleRecord,
  ) {}
}

/** Something imported from a package (`Link` from next/link), known only by its name. */
export class External {
  constructor(
    readonly source: string,
    readonly name: string,
  ) {}
}

/** An element type made by a styling library (`styled.h2`): renders as that element. */
export class StyledTag {
  constructor(readonly tag: string) {}
}

/** A file imported for its address (`import photo from './photo.png'`). */
export class FilePath {
  constructor(readonly path: string) {}
}

export interface ObjectValue {
  [key: string]: Value;
}

export type Value =
  | string
  | number
  | boolean
  | null
  | undefined
  | Value[]
  | ObjectValue
  | Unknown
  | Markup
  | Closure
  | External
  | StyledTag
  | FilePath;

export function isPlainObject(value: Value): value is ObjectValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

export function newObject(): ObjectValue {
  return Object.create(null) as ObjectValue;
}

/** Truthiness as JavaScript has it, or undefined when it cannot be known. */
export function truthy(value: Value): boolean | undefined {
  if (value instanceof Unknown) return undefined;
  if (Array.isArray(value) || typeof value === 'object' || typeof value === 'function')
    return value !== null;
  return Boolean(value);
}

interface Binding {
  value?: Value;
  compute?: () => Value;
  computing?: boolean;
}

/** Names in force at one point of a file; module-level names are computed when first used. */
export class Scope {
  private readonly names = new Map<string, Binding>();
  constructor(readonly parent?: Scope) {}

  set(name: string, value: Value): void {
    this.names.set(name, { value });
  }

  setLazy(name: string, compute: () => Value): void {
    this.names.set(name, { compute });
  }

  has(name: string): boolean {
    return this.names.has(name) || (this.parent?.has(name) ?? false);
  }

  get(name: string): Value {
    const binding = this.names.get(name);
    if (!binding) return this.parent ? this.parent.get(name) : new Unknown(`\`${name}\``);
    if (binding.compute) {
      if (binding.computing) return new Unknown(`\`${name}\`, which refers to itself`);
      binding.computing = true;
      binding.value = binding.compute();
      binding.compute = undefined;
      binding.computing = false;
    }
    return binding.value;
  }
}

/** One parsed file of the site. */
export interface ModuleRecord {
  /** Path relative to the site's folder, as messages show it. */
  file: string;
  /** Absolute path, or the file name when there is no folder to read from. */
  path: string;
  program: t.Program;
  scope: Scope;
  exports: Map<string, () => Value>;
  /** `export * from` sources, tried in order for names not exported directly. */
  reexports: (() => ModuleRecord | undefined)[];
  source: string;
}
