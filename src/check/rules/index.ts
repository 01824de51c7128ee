import type { AnyRule } from '../rule.js';
import { contentRules } from './content-rules.js';
import { linkRules } from './link-rules.js';
import { reflectionRules } from './reflection-rules.js';

/** Every rule cmalt knows, in the order `cmalt rules` lists them. */
export const allRules: AnyRule[] = [...contentRules, ...linkRules, ...reflectionRules];

export function ruleById(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.id === id);
}
