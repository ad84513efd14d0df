// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import type { WaitContext } from "@docrun/core";
import { createBlockExecutions, type BlockExecutions } from "./blockExecutions.js";
import { createBlocks, type Blocks } from "./blocks.js";
import { createClassifications, type Classifications } from "./classifications.js";
import { createConsensus, type Consensus } from "./consensus.js";
import { createEditTemplates, type EditTemplates } from "./editTemplates.js";
import { createEdits, type Edits } from "./edits.js";
import { createExtractions, type Extractions } from "./extractions.js";
import { createFileBlueprints, type FileBlueprints } from "./fileBlueprints.js";
import { createFiles, type Files } from "./files.js";
import { createParses, type Parses } from "./parses.js";
import { createPartitions, type Partitions } from "./partitions.js";
import { createSchemas, type Schemas } from "./schemas.js";
import { createSecrets, type Secrets } from "./secrets.js";
import { createSplits, type Splits } from "./splits.js";
import { createSteps, type Steps } from "./steps.js";
import { createTables, type Tables } from "./tables.js";
import { createUsage, type Usage } from "./usage.js";
import { createWorkflowArtifacts, type WorkflowArtifacts } from "./workflowArtifacts.js";
import { createWorkflowEdges, type WorkflowEdges } from "./workflowEdges.js";
import { createWorkflowEvalResults, type WorkflowEvalResults } from "./workflowEvalResults.js";
import { createWorkflowEvalRuns, type WorkflowEvalRuns } from "./workflowEvalRuns.js";
import { createWorkflowEvals, type WorkflowEvals } from "./workflowEvals.js";
import { createWorkflowExperiments, type WorkflowExperiments } from "./workflowExperiments.js";
import { createWorkflowReviews, type WorkflowReviews } from "./workflowReviews.js";
import { createWorkflowRuns, type WorkflowRuns } from "./workflowRuns.js";
import { createWorkflowVersions, type WorkflowVersions } from "./workflowVersions.js";
import { createWorkflows, type Workflows } from "./workflows.js";

export { createBlockExecutions, type BlockExecutions } from "./blockExecutions.js";
export { createBlocks, type Blocks } from "./blocks.js";
export { createClassifications, type Classifications } from "./classifications.js";
export { createConsensus, type Consensus } from "./consensus.js";
export { createEditTemplates, type EditTemplates } from "./editTemplates.js";
export { createEdits, type Edits } from "./edits.js";
export { createExtractions, type Extractions } from "./extractions.js";
export { createFileBlueprints, type FileBlueprints } from "./fileBlueprints.js";
export { createFiles, type Files } from "./files.js";
export { createParses, type Parses } from "./parses.js";
export { createPartitions, type Partitions } from "./partitions.js";
export { createSchemas, type Schemas } from "./schemas.js";
export { createSecrets, type Secrets } from "./secrets.js";
export { createSplits, type Splits } from "./splits.js";
export { createSteps, type Steps } from "./steps.js";
export { createTables, type Tables } from "./tables.js";
export { createUsage, type Usage } from "./usage.js";
export { createWorkflowArtifacts, type WorkflowArtifacts } from "./workflowArtifacts.js";
export { createWorkflowEdges, type WorkflowEdges } from "./workflowEdges.js";
export { createWorkflowEvalResults, type WorkflowEvalResults } from "./workflowEvalResults.js";
export { createWorkflowEvalRuns, type WorkflowEvalRuns } from "./workflowEvalRuns.js";
export { createWorkflowEvals, type WorkflowEvals } from "./workflowEvals.js";
export { createWorkflowExperiments, type WorkflowExperiments } from "./workflowExperiments.js";
export { createWorkflowReviews, type WorkflowReviews } from "./workflowReviews.js";
export { createWorkflowRuns, type WorkflowRuns } from "./workflowRuns.js";
export { createWorkflowVersions, type WorkflowVersions } from "./workflowVersions.js";
export { createWorkflows, type Workflows } from "./workflows.js";

/**
 * Every generated resource of the Retab API.
 *
 * @example
 * ```ts
 * const { blockExecutions }: GeneratedResources = createGeneratedResources(ctx);
 * ```
 */
export interface GeneratedResources {
  readonly blockExecutions: BlockExecutions;
  readonly blocks: Blocks;
  readonly classifications: Classifications;
  readonly consensus: Consensus;
  readonly editTemplates: EditTemplates;
  readonly edits: Edits;
  readonly extractions: Extractions;
  readonly fileBlueprints: FileBlueprints;
  readonly files: Files;
  readonly parses: Parses;
  readonly partitions: Partitions;
  readonly schemas: Schemas;
  readonly secrets: Secrets;
  readonly splits: Splits;
  readonly steps: Steps;
  readonly tables: Tables;
  readonly usage: Usage;
  readonly workflowArtifacts: WorkflowArtifacts;
  readonly workflowEdges: WorkflowEdges;
  readonly workflowEvalResults: WorkflowEvalResults;
  readonly workflowEvalRuns: WorkflowEvalRuns;
  readonly workflowEvals: WorkflowEvals;
  readonly workflowExperiments: WorkflowExperiments;
  readonly workflowReviews: WorkflowReviews;
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
    blockExecutions: createBlockExecutions(ctx),
    blocks: createBlocks(ctx),
    classifications: createClassifications(ctx),
    consensus: createConsensus(ctx),
    editTemplates: createEditTemplates(ctx),
    edits: createEdits(ctx),
    extractions: createExtractions(ctx),
    fileBlueprints: createFileBlueprints(ctx),
    files: createFiles(ctx),
    parses: createParses(ctx),
    partitions: createPartitions(ctx),
    schemas: createSchemas(ctx),
    secrets: createSecrets(ctx),
    splits: createSplits(ctx),
    steps: createSteps(ctx),
    tables: createTables(ctx),
    usage: createUsage(ctx),
    workflowArtifacts: createWorkflowArtifacts(ctx),
    workflowEdges: createWorkflowEdges(ctx),
    workflowEvalResults: createWorkflowEvalResults(ctx),
    workflowEvalRuns: createWorkflowEvalRuns(ctx),
    workflowEvals: createWorkflowEvals(ctx),
    workflowExperiments: createWorkflowExperiments(ctx),
    workflowReviews: createWorkflowReviews(ctx),
    workflowRuns: createWorkflowRuns(ctx),
    workflowVersions: createWorkflowVersions(ctx),
    workflows: createWorkflows(ctx),
  };
}
