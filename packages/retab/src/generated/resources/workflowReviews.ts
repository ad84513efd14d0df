// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowReviews.list", method: "GET", path: "/v1/workflows/reviews", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":200} },
  listVersions: { name: "workflowReviews.listVersions", method: "GET", path: "/v1/workflows/reviews/versions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":200} },
  createVersion: { name: "workflowReviews.createVersion", method: "POST", path: "/v1/workflows/reviews/versions", pathParams: [], shape: {"id":"string"} },
  getVersion: { name: "workflowReviews.getVersion", method: "GET", path: "/v1/workflows/reviews/versions/{version_id}", pathParams: ["version_id"], shape: {"id":"string"} },
  get: { name: "workflowReviews.get", method: "GET", path: "/v1/workflows/reviews/{review_id}", pathParams: ["review_id"], shape: {"id":"string"} },
  approve: { name: "workflowReviews.approve", method: "POST", path: "/v1/workflows/reviews/{review_id}/approve", pathParams: ["review_id"], shape: {} },
  reject: { name: "workflowReviews.reject", method: "POST", path: "/v1/workflows/reviews/{review_id}/reject", pathParams: ["review_id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.workflowReviews`: 7 operations of the Retab API (Workflow Reviews).
 *
 * @example
 * ```ts
 * const workflowReviews = retab.workflowReviews;
 * ```
 */
export interface WorkflowReviews {
  /**
   * List Reviews.
   *
   * List reviews — the review queue, oldest first by `created_at`.
   *
   * `GET /v1/workflows/reviews`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowReviews.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/workflows/reviews"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowReview"], IdCursor>;
  /**
   * List Review Versions.
   *
   * List versions for one review.
   *
   * `GET /v1/workflows/reviews/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowReviews.listVersions()) console.log(item);
   * ```
   */
  listVersions(options: Omit<NonNullable<paths["/v1/workflows/reviews/versions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowReviewVersion"], IdCursor>;
  /**
   * Create Review Version.
   *
   * Create one immutable, content-addressed review version.
   *
   * `POST /v1/workflows/reviews/versions`
   *
   * @example
   * ```ts
   * const result = await retab.workflowReviews.createVersion(body);
   * ```
   */
  createVersion(body: components["schemas"]["CreateReviewVersionRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowReviewVersion"]>;
  /**
   * Get Review Version.
   *
   * Read one review version by its content-addressed id.
   *
   * `GET /v1/workflows/reviews/versions/{version_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowReviews.getVersion("<version_id>");
   * ```
   */
  getVersion(versionId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowReviewVersion"]>;
  /**
   * Get Review.
   *
   * Read one review's metadata + decision. Versions are fetched separately.
   *
   * `GET /v1/workflows/reviews/{review_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowReviews.get("<review_id>");
   * ```
   */
  get(reviewId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowReview"]>;
  /**
   * Approve Review.
   *
   * Approve one review version and resume the workflow run.
   *
   * `POST /v1/workflows/reviews/{review_id}/approve`
   *
   * @example
   * ```ts
   * const result = await retab.workflowReviews.approve("<review_id>", body);
   * ```
   */
  approve(reviewId: string, body: components["schemas"]["ApproveReviewRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowReviewDecisionResponse"]>;
  /**
   * Reject Review.
   *
   * Reject one review version and resume the workflow run.
   *
   * `POST /v1/workflows/reviews/{review_id}/reject`
   *
   * @example
   * ```ts
   * const result = await retab.workflowReviews.reject("<review_id>", body);
   * ```
   */
  reject(reviewId: string, body: components["schemas"]["RejectReviewRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowReviewDecisionResponse"]>;
}

/**
 * Builds `workflowReviews` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowReviews = createWorkflowReviews(ctx);
 * ```
 */
export function createWorkflowReviews(ctx: WaitContext): WorkflowReviews {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    listVersions: (options) => listOperation(ctx, OPERATIONS.listVersions, [], options),
    createVersion: (body, options) => callOperation(ctx, OPERATIONS.createVersion, [], { body }, options),
    getVersion: (versionId, options) => callOperation(ctx, OPERATIONS.getVersion, [versionId], {}, options),
    get: (reviewId, options) => callOperation(ctx, OPERATIONS.get, [reviewId], {}, options),
    approve: (reviewId, body, options) => callOperation(ctx, OPERATIONS.approve, [reviewId], { body }, options),
    reject: (reviewId, body, options) => callOperation(ctx, OPERATIONS.reject, [reviewId], { body }, options),
  };
}
