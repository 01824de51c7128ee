import type * as t from '@babel/types';
import type { Context } from './context.js';
import { evaluate } from './evaluate.js';
import { bindPattern } from './bind-pattern.js';
import { exportOf } from './site-modules.js';
import { Closure, Unknown, type ModuleRecord, type Value } from './values.js';

/**
 * Fills a module's scope and exports from its top-level statements. Every name is computed
 * only when first used, so a page that imports one constant from a large file pays for one.
 */
export function declareModule(record: ModuleRecord, context: () => Context): void {
  const { scope, exports } = record;
  const later = (compute: () => Value) => {
    let done = false;
    let value: Value;
    return () => {
      if (!done) {
        done = true;
        value = compute();
      }
      return value;
    };
  };
  const declare = (statement: t.Statement | t.Declaration, exported: boolean): void => {
    if (statement.type === 'FunctionDeclaration' && statement.id) {
      const closure = new Closure(statement, scope, record);
      scope.set(statement.id.name, closure);
      if (exported) exports.set(statement.id.name, () => closure);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const init = declarator.init;
        const value = later(() => (init ? evaluate(init, scope, record, context()) : undefined));
        for (const name of bindPattern(declarator.id, value, scope, record, context)) {
          if (exported) exports.set(name, () => scope.get(name));
        }
      }
    } else if (statement.type === 'ClassDeclaration' && statement.id) {
      scope.set(statement.id.name, new Unknown(`the class \`${statement.id.name}\``));
    }
  };
  for (const statement of record.program.body) {
    switch (statement.type) {
      case 'ImportDeclaration': {
        if (statement.importKind === 'type') break;
        const specifier = statement.source.value;
        for (const part of statement.specifiers) {
          const imported =
            part.type === 'ImportDefaultSpecifier'
              ? 'default'
              : part.type === 'ImportNamespaceSpecifier'
                ? '*'
                : part.imported.type === 'Identifier'
                  ? part.imported.name
                  : part.imported.value;
          scope.setLazy(part.local.name, () =>
            context().modules.importValue(record, specifier, imported, part.local.name),
          );
        }
        break;
      }
      case 'ExportNamedDeclaration': {
        if (statement.declaration) declare(statement.declaration, true);
        const from = statement.source?.value;
        for (const part of statement.specifiers) {
          const exportedName =
            part.exported.type === 'Identifier' ? part.exported.name : part.exported.value;
          if (part.type === 'ExportSpecifier') {
            const local = part.local.name;
            exports.set(
              exportedName,
              from
                ? later(() => context().modules.importValue(record, from, local))
                : () => scope.get(local),
            );
          } else if (from && part.type === 'ExportNamespaceSpecifier')
            exports.set(
              exportedName,
              later(() => context().modules.importValue(record, from, '*')),
            );
        }
        break;
      }
      case 'ExportDefaultDeclaration': {
        const declaration = statement.declaration;
        if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') {
          declare(declaration, false);
          if (declaration.type === 'FunctionDeclaration') {
            const closure = new Closure(declaration, scope, record);
            exports.set('default', () => closure);
          } else exports.set('default', () => new Unknown('a class component'));
        } else if (declaration.type !== 'TSDeclareFunction') {
          const expression = declaration as t.Expression;
          exports.set(
            'default',
            later(() => evaluate(expression, scope, record, context())),
          );
        }
        break;
      }
      case 'ExportAllDeclaration': {
        const from = statement.source.value;
        let cached: ModuleRecord | undefined | null = null;
        record.reexports.push(() => {
          if (cached === null) {
            const resolved = context().modules.resolve(record, from);
            cached =
              resolved && resolved !== 'package' && !resolved.endsWith('.json')
                ? context().modules.load(resolved)
                : undefined;
          }
          return cached;
        });
        break;
      }
      default:
        declare(statement, false);
    }
  }
}

export { exportOf };
