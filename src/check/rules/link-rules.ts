import type { AnyRule } from '../rule.js';
import { evidenceFormat } from './evidence-format.js';
import { evidenceProtected } from './evidence-protected.js';
import { evidenceReused } from './evidence-reused.js';
import { evidenceSize } from './evidence-size.js';
import { evidenceUncited } from './evidence-uncited.js';
import { headingSkip } from './heading-skip.js';
import { imageAltMissing } from './image-alt-missing.js';
import { italicLong } from './italic-long.js';
import { linkBroken } from './link-broken.js';
import { linkOutside } from './link-outside.js';
import { linkSiteAbsolute } from './link-site-absolute.js';
import { linkTextUndescriptive } from './link-text-undescriptive.js';
import { linkToComputer } from './link-to-computer.js';
import { personalData } from './personal-data.js';
import { principlesAddressed } from './principles-addressed.js';
import { textWall } from './text-wall.js';

/** Rules about evidence, links, accessibility, privacy and the core principles. */
export const linkRules: AnyRule[] = [
  // evidence: links first (ALT's screening opens every one), then the evidence itself
  linkBroken,
  linkToComputer,
  linkOutside,
  linkSiteAbsolute,
  evidenceUncited,
  evidenceReused,
  evidenceFormat,
  evidenceProtected,
  evidenceSize,
  // accessibility
  imageAltMissing,
  headingSkip,
  linkTextUndescriptive,
  italicLong,
  textWall,
  // privacy
  personalData,
  // principles
  principlesAddressed,
];
