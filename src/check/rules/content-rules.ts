import type { AnyRule } from '../rule.js';
import { advancedCount } from './advanced-count.js';
import { coreArea3Coverage } from './core-area-3-coverage.js';
import { criterionLength } from './criterion-length.js';
import { declarationSigned } from './declaration-signed.js';
import { descriptionOutweighsReflection } from './description-outweighs-reflection.js';
import { examplesCount } from './examples-count.js';
import { futurePlansLength } from './future-plans-length.js';
import { guidanceLeftIn } from './guidance-left-in.js';
import { partMissing } from './part-missing.js';
import { placeholderText } from './placeholder-text.js';
import { reflectionShare } from './reflection-share.js';
import { sectionEmpty } from './section-empty.js';
import { sectionMissing } from './section-missing.js';
import { senior4aExamples } from './senior-4a-examples.js';
import { specialistCount } from './specialist-count.js';
import { unlabelledText } from './unlabelled-text.js';
import { weOutweighsI } from './we-outweighs-i.js';

/** Rules about a portfolio's structure, balance and leftovers, in the order a reader meets them. */
export const contentRules: AnyRule[] = [
  sectionMissing,
  // Structure: is everything there?
  sectionEmpty,
  partMissing,
  unlabelledText,
  specialistCount,
  advancedCount,
  coreArea3Coverage,
  senior4aExamples,
  futurePlansLength,
  declarationSigned,
  // Balance: is it weighted as assessors expect?
  reflectionShare,
  descriptionOutweighsReflection,
  weOutweighsI,
  examplesCount,
  criterionLength,
  // Leftovers: is anything of the template or the draft still in it?
  guidanceLeftIn,
  placeholderText,
];
