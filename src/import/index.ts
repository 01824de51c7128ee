export { applyImportPlan, type ImportWriteResult } from './apply-import-plan.js';
export type { HtmlSource, ImportedAsset, ImportNotice } from './html-source.js';
export { ImportError } from './import-error.js';
export { planHtmlSources, planImport, type ImportOptions } from './plan-import.js';
export type { ImportPlan } from './types.js';
