import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as t from '@babel/types';
import { objectGlobal } from './call-method.js';
import { parseModule } from './parse-module.js';
import { External, FilePath, Scope, Unknown, type ModuleRecord, type Value } from './values.js';

const SCRIPT_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.mjs', '.json'];
const ASSET_EXTENSION = /\.(png|jpe?g|gif|webp|avif|svg|pdf|mp4|webm|mp3)$/i;
const STYLE_EXTENSION = /\.(css|scss|sass|less|styl)$/i;

export type DeclareModule = (record: ModuleRecord) => void;

/**
 * The files of one site: each parsed once, on first import, and resolved by the rules a bundler
 * uses (relative paths with or without extension, `index` files, the `@/` and `~/` aliases).
 * Without a folder (one file given as text) every import is unknown.
 */
export class SiteModules {
  private readonly records = new Map<string, ModuleRecord | undefined>();

  constructor(
    readonly root: string | undefined,
    private readonly declare: DeclareModule,
  ) {}

  fromText(text: string, file: string, absolute = file): ModuleRecord {
    const record: ModuleRecord = {
      file,
      path: absolute,
      program: parseModule(text, file),
      scope: new Scope(globals()),
      exports: new Map(),
      reexports: [],
      source: text,
    };
    this.records.set(absolute, record);
    this.declare(record);
    return record;
  }

  load(absolute: string): ModuleRecord | undefined {
    if (this.records.has(absolute)) return this.records.get(absolute);
    this.records.set(absolute, undefined);
    const text = readFileSync(absolute, 'utf8');
    return this.fromText(text, this.relative(absolute), absolute);
  }

  relative(absolute: string): string {
    return this.root ? path.relative(this.root, absolute).split(path.sep).join('/') : absolute;
  }

  /** What `import … from specifier` in `from` gives for `name` (`default`, `*`, or a named export). */
  importValue(from: ModuleRecord, specifier: string, name: string, local = name): Value {
    const resolved = this.resolve(from, specifier);
    // A package's default export is known by the name the page gives it (`import Link from …`).
    if (resolved === 'package') return new External(specifier, name === 'default' ? local : name);
    if (!resolved) return new Unknown(`\`${specifier}\`, which could not be found`);
    if (STYLE_EXTENSION.test(resolved)) return undefined;
    if (ASSET_EXTENSION.test(resolved)) return new FilePath(resolved);
    if (resolved.endsWith('.json')) {
      const data = JSON.parse(readFileSync(resolved, 'utf8')) as Value;
      return name === 'default' || name === '*' ? data : (data as Record<string, Value>)[name];
    }
    const record = this.load(resolved);
    if (!record) return new Unknown(`\`${specifier}\`, which imports itself`);
    if (name === '*') return namespace(record);
    return exportOf(record, name);
  }

  resolve(from: ModuleRecord, specifier: string): string | 'package' | undefined {
    if (!this.root) return specifier.startsWith('.') ? undefined : 'package';
    let base: string | undefined;
    if (specifier.startsWith('.')) base = path.resolve(path.dirname(from.path), specifier);
    else if (/^[@~]\//.test(specifier)) {
      const rest = specifier.slice(2);
      for (const folder of ['src', '.'])
        if (this.find(path.join(this.root, folder, rest)))
          return this.find(path.join(this.root, folder, rest));
      return undefined;
    } else if (specifier.startsWith('/')) base = path.join(this.root, specifier);
    else return 'package';
    return this.find(base);
  }

  private find(base: string): string | undefined {
    if (isFile(base)) return base;
    // TypeScript lets `./data.js` name `./data.ts`.
    const stem = base.replace(/\.(js|jsx|mjs)$/, '');
    for (const extension of SCRIPT_EXTENSIONS)
      if (isFile(stem + extension)) return stem + extension;
    for (const extension of SCRIPT_EXTENSIONS)
      if (isFile(path.join(base, `index${extension}`))) return path.join(base, `index${extension}`);
    return undefined;
  }
}

export function exportOf(
  record: ModuleRecord,
  name: string,
  seen = new Set<ModuleRecord>(),
): Value {
  const direct = record.exports.get(name);
  if (direct) return direct();
  if (name !== 'default' && !seen.has(record)) {
    seen.add(record);
    for (const reexport of record.reexports) {
      const other = reexport();
      if (other && (other.exports.has(name) || other.reexports.length > 0)) {
        const value = exportOf(other, name, seen);
        if (!(value instanceof Unknown)) return value;
      }
    }
  }
  return new Unknown(`\`${name}\`, which ${record.file} does not export`);
}

function namespace(record: ModuleRecord): Value {
  const result: Record<string, Value> = Object.create(null) as Record<string, Value>;
  for (const name of record.exports.keys()) result[name] = exportOf(record, name);
  return result;
}

/** The few globals pages use on literal data. */
function globals(): Scope {
  const scope = new Scope();
  scope.set('Object', objectGlobal());
  return scope;
}

function isFile(candidate: string): boolean {
  return existsSync(candidate) && statSync(candidate).isFile();
}

export type { t };
