/**
 * Regenerates templates/reflection-model.json from the development set (never from the
 * held-apart set).   npm run train
 */
import { writeFileSync } from 'node:fs';
import { MODEL_FILE } from '../../src/reflection/model.js';
import { trainingItems } from './training-items.js';
import { trainModel } from './train-model.js';

const model = trainModel(trainingItems());
writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
console.log(
  `wrote ${MODEL_FILE}: ${model.features.length} features, ${String(model.training.items)} paragraphs`,
);
