// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import type { WaitContext } from "@docrun/core";
import { createBatchProcessorRun, type BatchProcessorRun } from "./batchProcessorRun.js";
import { createBatchRuns, type BatchRuns } from "./batchRuns.js";
import { createClassifierVersions, type ClassifierVersions } from "./classifierVersions.js";
import { createClassifiers, type Classifiers } from "./classifiers.js";
import { createClassifyRuns, type ClassifyRuns } from "./classifyRuns.js";
import { createEditRuns, type EditRuns } from "./editRuns.js";
import { createEditSchemas, type EditSchemas } from "./editSchemas.js";
import { createEditTemplates, type EditTemplates } from "./editTemplates.js";
import { createEvaluationSetItems, type EvaluationSetItems } from "./evaluationSetItems.js";
import { createEvaluationSetRuns, type EvaluationSetRuns } from "./evaluationSetRuns.js";
import { createEvaluationSets, type EvaluationSets } from "./evaluationSets.js";
import { createExtractRuns, type ExtractRuns } from "./extractRuns.js";
import { createExtractorVersions, type ExtractorVersions } from "./extractorVersions.js";
import { createExtractors, type Extractors } from "./extractors.js";
import { createFiles, type Files } from "./files.js";
import { createFormDetectionRuns, type FormDetectionRuns } from "./formDetectionRuns.js";
import { createParseRuns, type ParseRuns } from "./parseRuns.js";
import { createProcessor, type Processor } from "./processor.js";
import { createProcessorRun, type ProcessorRun } from "./processorRun.js";
import { createProcessorVersion, type ProcessorVersion } from "./processorVersion.js";
import { createSplitRuns, type SplitRuns } from "./splitRuns.js";
import { createSplitterVersions, type SplitterVersions } from "./splitterVersions.js";
import { createSplitters, type Splitters } from "./splitters.js";
import { createSync, type Sync } from "./sync.js";
import { createWebhookEndpoints, type WebhookEndpoints } from "./webhookEndpoints.js";
import { createWebhookSubscriptions, type WebhookSubscriptions } from "./webhookSubscriptions.js";
import { createWorkflowRuns, type WorkflowRuns } from "./workflowRuns.js";
import { createWorkflowVersions, type WorkflowVersions } from "./workflowVersions.js";
import { createWorkflows, type Workflows } from "./workflows.js";

export { createBatchProcessorRun, type BatchProcessorRun } from "./batchProcessorRun.js";
export { createBatchRuns, type BatchRuns } from "./batchRuns.js";
export { createClassifierVersions, type ClassifierVersions } from "./classifierVersions.js";
export { createClassifiers, type Classifiers } from "./classifiers.js";
export { createClassifyRuns, type ClassifyRuns } from "./classifyRuns.js";
export { createEditRuns, type EditRuns } from "./editRuns.js";
export { createEditSchemas, type EditSchemas } from "./editSchemas.js";
export { createEditTemplates, type EditTemplates } from "./editTemplates.js";
export { createEvaluationSetItems, type EvaluationSetItems } from "./evaluationSetItems.js";
export { createEvaluationSetRuns, type EvaluationSetRuns } from "./evaluationSetRuns.js";
export { createEvaluationSets, type EvaluationSets } from "./evaluationSets.js";
export { createExtractRuns, type ExtractRuns } from "./extractRuns.js";
export { createExtractorVersions, type ExtractorVersions } from "./extractorVersions.js";
export { createExtractors, type Extractors } from "./extractors.js";
export { createFiles, type Files } from "./files.js";
export { createFormDetectionRuns, type FormDetectionRuns } from "./formDetectionRuns.js";
export { createParseRuns, type ParseRuns } from "./parseRuns.js";
export { createProcessor, type Processor } from "./processor.js";
export { createProcessorRun, type ProcessorRun } from "./processorRun.js";
export { createProcessorVersion, type ProcessorVersion } from "./processorVersion.js";
export { createSplitRuns, type SplitRuns } from "./splitRuns.js";
export { createSplitterVersions, type SplitterVersions } from "./splitterVersions.js";
export { createSplitters, type Splitters } from "./splitters.js";
export { createSync, type Sync } from "./sync.js";
export { createWebhookEndpoints, type WebhookEndpoints } from "./webhookEndpoints.js";
export { createWebhookSubscriptions, type WebhookSubscriptions } from "./webhookSubscriptions.js";
export { createWorkflowRuns, type WorkflowRuns } from "./workflowRuns.js";
export { createWorkflowVersions, type WorkflowVersions } from "./workflowVersions.js";
export { createWorkflows, type Workflows } from "./workflows.js";

/**
 * Every generated resource of the Extend API.
 *
 * @example
 * ```ts
 * const { batchProcessorRun }: GeneratedResources = createGeneratedResources(ctx);
 * ```
 */
export interface GeneratedResources {
  readonly batchProcessorRun: BatchProcessorRun;
  readonly batchRuns: BatchRuns;
  readonly classifierVersions: ClassifierVersions;
  readonly classifiers: Classifiers;
  readonly classifyRuns: ClassifyRuns;
  readonly editRuns: EditRuns;
  readonly editSchemas: EditSchemas;
  readonly editTemplates: EditTemplates;
  readonly evaluationSetItems: EvaluationSetItems;
  readonly evaluationSetRuns: EvaluationSetRuns;
  readonly evaluationSets: EvaluationSets;
  readonly extractRuns: ExtractRuns;
  readonly extractorVersions: ExtractorVersions;
  readonly extractors: Extractors;
  readonly files: Files;
  readonly formDetectionRuns: FormDetectionRuns;
  readonly parseRuns: ParseRuns;
  readonly processor: Processor;
  readonly processorRun: ProcessorRun;
  readonly processorVersion: ProcessorVersion;
  readonly splitRuns: SplitRuns;
  readonly splitterVersions: SplitterVersions;
  readonly splitters: Splitters;
  readonly sync: Sync;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly webhookSubscriptions: WebhookSubscriptions;
  readonly workflowRuns: WorkflowRuns;
  readonly workflowVersions: WorkflowVersions;
  readonly workflows: Workflows;
}

/**
 * Builds every generated resource on one operation context.
 *
 * @example
 * ```ts
 * const resources = createGeneratedResources(ctx);
 * ```
 */
export function createGeneratedResources(ctx: WaitContext): GeneratedResources {
  return {
    batchProcessorRun: createBatchProcessorRun(ctx),
    batchRuns: createBatchRuns(ctx),
    classifierVersions: createClassifierVersions(ctx),
    classifiers: createClassifiers(ctx),
    classifyRuns: createClassifyRuns(ctx),
    editRuns: createEditRuns(ctx),
    editSchemas: createEditSchemas(ctx),
    editTemplates: createEditTemplates(ctx),
    evaluationSetItems: createEvaluationSetItems(ctx),
    evaluationSetRuns: createEvaluationSetRuns(ctx),
    evaluationSets: createEvaluationSets(ctx),
    extractRuns: createExtractRuns(ctx),
    extractorVersions: createExtractorVersions(ctx),
    extractors: createExtractors(ctx),
    files: createFiles(ctx),
    formDetectionRuns: createFormDetectionRuns(ctx),
    parseRuns: createParseRuns(ctx),
    processor: createProcessor(ctx),
    processorRun: createProcessorRun(ctx),
    processorVersion: createProcessorVersion(ctx),
    splitRuns: createSplitRuns(ctx),
    splitterVersions: createSplitterVersions(ctx),
    splitters: createSplitters(ctx),
    sync: createSync(ctx),
    webhookEndpoints: createWebhookEndpoints(ctx),
    webhookSubscriptions: createWebhookSubscriptions(ctx),
    workflowRuns: createWorkflowRuns(ctx),
    workflowVersions: createWorkflowVersions(ctx),
    workflows: createWorkflows(ctx),
  };
}
