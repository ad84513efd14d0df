// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec.
export interface paths {
    "/workflow_runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow runs
         * @description Lists summaries of workflow runs, newest `updatedAt` first by default. Use the full
         *     `GET /workflow_runs/{id}` to read step results.
         */
        get: operations["listWorkflowRuns"];
        put?: never;
        /**
         * Run a workflow
         * @description Runs a workflow on one file (`file`) or on a package of 2–50 files processed together
         *     (`package`); exactly one of the two must be given. Processing is asynchronous: the run is
         *     returned with status `PENDING` or `PROCESSING`; poll `GET /workflow_runs/{id}` or listen
         *     for `workflow_run.*` webhooks.
         */
        post: operations["createWorkflowRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflow_runs/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch run a workflow
         * @description Creates one run per input (1–1000 inputs) and returns the batch id. Results arrive by
         *     webhook, or by listing runs with `batchId`.
         */
        post: operations["batchCreateWorkflowRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflow_runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow run id.
                 * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
                 */
                id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        /**
         * Get a workflow run
         * @description The full run, including its step runs and usage.
         */
        get: operations["getWorkflowRun"];
        put?: never;
        /**
         * Update a workflow run
         * @description Sets the run's `name` and merges `metadata` into the existing metadata; incoming keys
         *     take precedence.
         */
        post: operations["updateWorkflowRun"];
        /**
         * Delete a workflow run
         * @description Permanently deletes the run and the data it produced.
         */
        delete: operations["deleteWorkflowRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflow_runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow run id.
                 * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
                 */
                id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a workflow run
         * @description Cancels a run that is `PENDING` or `PROCESSING`. The run may pass through `CANCELLING`
         *     before it reaches `CANCELLED`. Cancelling a run in any other status is a `400`.
         */
        post: operations["cancelWorkflowRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflows */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow id.
                 * @example workflow_BMdfq_yWM3sT-ZzvCnA3f
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description The workflow with its draft version and step definitions.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Uploads one file as `multipart/form-data` (field `file`). The returned file id can be
         *     used as a workflow-run input (`file: { id }`).
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List files */
        get: operations["listFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file id.
                 * @example file_xK9mLPqRtN3vS8wF5hB2cQ
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a file
         * @description The file, with a presigned download URL valid for 15 minutes.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The error body of every Extend error response.
         * @example {
         *       "code": "NOT_FOUND",
         *       "message": "Workflow run not found: workflow_run_xKm9pNv3qWsY_jL2tR5Dh",
         *       "retryable": false,
         *       "requestId": "req_8fK2mQ7xLp3NvB9wTz4Rc"
         *     }
         */
        ApiError: {
            /**
             * @description Machine-readable error code, e.g. `INVALID_REQUEST`, `UNAUTHORIZED`, `USAGE_BLOCKED`,
             *     `NOT_FOUND`, `RATE_LIMIT_EXCEEDED`; domain-specific codes also occur.
             */
            code: string;
            /** @description Human-readable message; do not rely on its exact text. */
            message: string;
            /** @description Whether retrying the same request (with backoff) can succeed. */
            retryable: boolean;
            /** @description Request id for support. */
            requestId?: string;
            /**
             * Format: uri
             * @description Link to documentation about the error, when one exists.
             */
            docUrl?: string;
        };
        /**
         * @description `PENDING` waiting to be processed; `PROCESSING`; `NEEDS_REVIEW` awaiting manual review;
         *     `REJECTED` rejected during review; `PROCESSED` finished successfully; `FAILED`;
         *     `CANCELLED`; `CANCELLING` being cancelled. Every status except `PENDING`, `PROCESSING`
         *     and `CANCELLING` is terminal for a waiting client.
         * @enum {string}
         */
        WorkflowRunStatus: "PENDING" | "PROCESSING" | "NEEDS_REVIEW" | "REJECTED" | "PROCESSED" | "FAILED" | "CANCELLED" | "CANCELLING";
        /** @enum {string} */
        StepRunStatus: "PENDING" | "WAITING" | "PROCESSING" | "PROCESSED" | "FAILED" | "CANCELLED";
        /**
         * Format: date-time
         * @description RFC 3339 timestamp in UTC.
         * @example 2026-05-11T14:02:37Z
         */
        Timestamp: string;
        /**
         * Format: date-time
         * @description RFC 3339 timestamp in UTC, or null.
         */
        NullableTimestamp: string | null;
        /** @description Who created the resource; null for resources created before attribution. */
        CreatedBy: {
            /** @constant */
            type: "user";
            email: string;
        } | {
            /** @constant */
            type: "api_key";
            name: string;
        } | null;
        /**
         * @description Caller-defined data returned with the run and its webhooks (at most 10 KB). The key
         *     `extend:usage_tags` (string array) tags the run for billing.
         * @example {
         *       "customerId": "cust_abc123",
         *       "extend:usage_tags": [
         *         "production"
         *       ]
         *     }
         */
        RunMetadata: {
            [key: string]: unknown;
        };
        /** @description Secrets passed to the workflow's processors for this run only. */
        RunSecrets: {
            [key: string]: unknown;
        };
        WorkflowSummary: {
            /** @constant */
            object: "workflow";
            /** @example workflow_BMdfq_yWM3sT-ZzvCnA3f */
            id: string;
            name: string;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            createdBy: components["schemas"]["CreatedBy"];
        };
        WorkflowVersionSummary: {
            /** @constant */
            object: "workflow_version";
            /** @example workflow_version_Zk9mNP12Qw4-yTv8BdR3H */
            id: string;
            /**
             * @description The version number as a string, or `draft`.
             * @example 1
             * @example draft
             */
            version: string;
            name: string | null;
            createdAt: components["schemas"]["Timestamp"];
            createdBy: components["schemas"]["CreatedBy"];
        };
        /** @enum {string} */
        WorkflowStepType: "TRIGGER" | "PARSE" | "EXTRACT" | "CLASSIFY" | "SPLIT" | "MERGE_EXTRACT" | "CONDITIONAL" | "CONDITIONAL_EXTRACT" | "EXTERNAL_DATA_VALIDATION" | "WEBHOOK_RESPONSE" | "RULE_VALIDATION" | "HUMAN_REVIEW" | "COLLECT" | "FILE_CONVERSION";
        /**
         * @description One step of a workflow version. Each step type has its own `config`; this document
         *     keeps `config` open because its shape depends on the processor.
         */
        WorkflowStepDefinition: {
            type: components["schemas"]["WorkflowStepType"];
            /** @description Unique name of the step within the version. */
            name: string;
            config?: {
                [key: string]: unknown;
            };
            /** @description The steps that run after this one. */
            next?: ({
                /** @description Name of the next step. */
                target: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        WorkflowVersion: {
            /** @constant */
            object: "workflow_version";
            id: string;
            /** @description The version number as a string, or `draft`. */
            version: string;
            name: string | null;
            steps: components["schemas"]["WorkflowStepDefinition"][];
            createdAt: components["schemas"]["Timestamp"];
            createdBy: components["schemas"]["CreatedBy"];
        };
        Workflow: {
            /** @constant */
            object: "workflow";
            id: string;
            name: string;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            draftVersion: components["schemas"]["WorkflowVersion"];
            createdBy: components["schemas"]["CreatedBy"];
        };
        /**
         * @description The file type, or null when it could not be determined.
         * @enum {string|null}
         */
        FileType: "PDF" | "CSV" | "IMG" | "TXT" | "DOCX" | "EXCEL" | "XML" | "HTML" | null;
        FileMetadata: {
            /** @description Number of pages (PDF and DOCX only). */
            pageCount?: number;
            /** @description Present when the file was produced by a splitter step. */
            parentSplit?: {
                id: string;
                type: string;
                identifier: string;
                startPage: number;
                endPage: number;
            };
        };
        FileSummary: {
            /** @constant */
            object: "file";
            /** @example file_xK9mLPqRtN3vS8wF5hB2cQ */
            id: string;
            name: string;
            type: components["schemas"]["FileType"];
            parentFileId: string | null;
            metadata: components["schemas"]["FileMetadata"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        File: {
            /** @constant */
            object: "file";
            id: string;
            name: string;
            type: components["schemas"]["FileType"];
            /** @description Download URL valid for 15 minutes; present on `GET /files/{id}` only. */
            presignedUrl: string | null;
            parentFileId: string | null;
            /** @description Deprecated parsed contents; null unless requested on `GET /files/{id}`. */
            contents: null | ({
                rawText?: string;
                pages?: ({
                    pageNumber?: number;
                    markdown?: string;
                    html?: string;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            });
            metadata: components["schemas"]["FileMetadata"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        RunUsageSummary: {
            /** @description Credits consumed (for a workflow run, the sum over its child runs). */
            credits: number;
            /** @description Credits including the runs this run caused. */
            totalCredits?: number;
        };
        RunUsage: {
            credits: number;
            totalCredits?: number;
            /** @description Every chargeable child run, sorted by creation time. */
            breakdown?: components["schemas"]["RunUsageBreakdownEntry"][];
        };
        RunUsageBreakdownEntry: {
            /**
             * @description Object type of the child run.
             * @example parse_run
             * @example extract_run
             */
            object: string;
            id: string;
            credits: number;
            charges?: {
                product: string;
                unit: string;
                quantity: number;
                credits: number;
                pages?: number[];
            }[];
        };
        /**
         * @description A processor run (parse, extract, classify, split) a step executed. Only the fields common
         *     to all kinds are described; each kind adds its own (`output` shape varies by kind).
         */
        ProcessorRun: {
            /**
             * @example parse_run
             * @example extract_run
             * @example classify_run
             * @example split_run
             */
            object: string;
            id: string;
            /** @enum {string} */
            status: "PENDING" | "PROCESSING" | "PROCESSED" | "FAILED" | "CANCELLED";
            output?: {
                [key: string]: unknown;
            } | null;
            failureReason?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description What the step produced, keyed by the run it executed: `parseRun` for PARSE,
         *     `extractRun` for EXTRACT / MERGE_EXTRACT / CONDITIONAL_EXTRACT, `classifyRun`,
         *     `splitRun`; validation steps add their own keys.
         */
        StepRunResult: {
            parseRun?: components["schemas"]["ProcessorRun"];
            extractRun?: components["schemas"]["ProcessorRun"];
            classifyRun?: components["schemas"]["ProcessorRun"];
            splitRun?: components["schemas"]["ProcessorRun"];
        } & {
            [key: string]: unknown;
        };
        /** @description One executed step of a workflow run; `stepType` tells the shape of `result`. */
        StepRun: {
            /** @constant */
            object: "workflow_step_run";
            /** @example workflow_step_run_xKm9pNv3qWsY_jL2tR5Dh */
            id: string;
            workflowRunId: string;
            status: components["schemas"]["StepRunStatus"];
            files: components["schemas"]["FileSummary"][];
            /** @enum {string} */
            stepType: "PARSE" | "EXTRACT" | "CLASSIFY" | "SPLIT" | "MERGE_EXTRACT" | "CONDITIONAL_EXTRACT" | "RULE_VALIDATION" | "EXTERNAL_DATA_VALIDATION";
            step: {
                /** @constant */
                object: "workflow_step";
                id: string;
                name: string;
                type?: string;
            } & {
                [key: string]: unknown;
            };
            result: null | components["schemas"]["StepRunResult"];
        };
        /** @description A workflow run with its step runs. */
        WorkflowRun: {
            /** @constant */
            object: "workflow_run";
            /** @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh */
            id: string;
            /** @description The name set with `POST /workflow_runs/{id}`, if any. */
            name?: string | null;
            workflow: components["schemas"]["WorkflowSummary"];
            workflowVersion: components["schemas"]["WorkflowVersionSummary"];
            /** Format: uri */
            dashboardUrl: string;
            status: components["schemas"]["WorkflowRunStatus"];
            metadata: components["schemas"]["RunMetadata"];
            /** @description Shared by every run created by the same batch request. */
            batchId: string | null;
            files: components["schemas"]["FileSummary"][];
            /** @description Set only when the status is `FAILED`. */
            failureReason: string | null;
            /** @description Set only when the status is `FAILED`. */
            failureMessage: string | null;
            initialRunAt: components["schemas"]["NullableTimestamp"];
            reviewedByUser: string | null;
            reviewed: boolean;
            rejectionNote: string | null;
            reviewedAt: components["schemas"]["NullableTimestamp"];
            startTime: components["schemas"]["NullableTimestamp"];
            endTime: components["schemas"]["NullableTimestamp"];
            stepRuns: components["schemas"]["StepRun"][];
            usage: null | components["schemas"]["RunUsage"];
        };
        /** @description The list form of a workflow run (no metadata, failure details or step runs). */
        WorkflowRunSummary: {
            /** @constant */
            object: "workflow_run";
            id: string;
            status: components["schemas"]["WorkflowRunStatus"];
            workflow: components["schemas"]["WorkflowSummary"];
            workflowVersion: components["schemas"]["WorkflowVersionSummary"];
            /** Format: uri */
            dashboardUrl: string;
            reviewedByUser: string | null;
            reviewedAt: components["schemas"]["NullableTimestamp"];
            initialRunAt: components["schemas"]["NullableTimestamp"];
            startTime: components["schemas"]["NullableTimestamp"];
            endTime: components["schemas"]["NullableTimestamp"];
            batchId: string | null;
            rejectionNote: string | null;
            files: components["schemas"]["FileSummary"][];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            usage: null | components["schemas"]["RunUsageSummary"];
        };
        WorkflowRunList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WorkflowRunSummary"][];
            /** @description Present when more results exist; pass it back to get the next page. */
            nextPageToken?: string;
        };
        WorkflowList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WorkflowSummary"][];
            nextPageToken?: string;
        };
        FileList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["FileSummary"][];
            nextPageToken?: string;
        };
        WorkflowReference: {
            /**
             * @description The workflow id.
             * @example workflow_BMdfq_yWM3sT-ZzvCnA3f
             */
            id: string;
            /**
             * @description A version number as a string (`"3"`) or `"draft"`. Defaults to the latest published
             *     version, or the draft when none is published.
             */
            version?: string;
        };
        FileFromUrl: {
            /**
             * Format: uri
             * @description Where Extend downloads the file (presigned URLs recommended).
             */
            url: string;
            /** @description File name; taken from the URL when absent. */
            name?: string;
            settings?: {
                /** @description Password of a protected PDF. */
                password?: string;
            };
        };
        FileFromId: {
            /** @description An Extend file id (from `POST /files/upload` or another run). */
            id: string;
        };
        FileFromText: {
            /** @description Raw text, stored as a `.txt` file. */
            text: string;
            /** @description Name of the created text file; generated when absent. */
            name?: string;
        };
        /** @description A file given by URL, by Extend file id, or as raw text. */
        WorkflowRunFileInput: components["schemas"]["FileFromUrl"] | components["schemas"]["FileFromId"] | components["schemas"]["FileFromText"];
        /** @description 2–50 files (URL or file id, no duplicates) processed together as one run. */
        WorkflowRunPackage: {
            files: (components["schemas"]["FileFromUrl"] | components["schemas"]["FileFromId"])[];
        };
        /** @description Exactly one of `file` or `package` must be given. */
        CreateWorkflowRunRequest: {
            workflow: components["schemas"]["WorkflowReference"];
            file?: components["schemas"]["WorkflowRunFileInput"];
            package?: components["schemas"]["WorkflowRunPackage"];
            /** @description Predetermined outputs per processor (not allowed with `package`). */
            outputs?: {
                /** @example ex_Xj8mK2pL9nR4vT7qY5wZ */
                processorId: string;
                output: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Relative order when rate limiting is in effect; lower runs first. */
            priority?: number;
            metadata?: components["schemas"]["RunMetadata"];
            secrets?: components["schemas"]["RunSecrets"];
        };
        BatchCreateWorkflowRunsRequest: {
            workflow: components["schemas"]["WorkflowReference"];
            /** @description One run is created per input. */
            inputs: {
                file: components["schemas"]["WorkflowRunFileInput"];
                metadata?: components["schemas"]["RunMetadata"];
                secrets?: components["schemas"]["RunSecrets"];
            }[];
            /** @description Relative order when rate limiting is in effect; lower runs first. Extend uses 90 when absent. */
            priority?: number;
        };
        BatchCreateWorkflowRunsResponse: {
            /**
             * @description Id shared by every run of the batch (`batchId` filter on the list).
             * @example batch_7Ws31-F5vQp2LmKd9XzRt
             */
            batchId: string;
        };
        UpdateWorkflowRunRequest: {
            /** @description A name for the run. */
            name?: string;
            metadata?: components["schemas"]["RunMetadata"];
        };
        DeleteWorkflowRunResponse: {
            /** @description The id of the deleted run. */
            id: string;
        };
        UploadFileRequest: {
            /**
             * Format: binary
             * @description The file's bytes (with its file name in the part's content disposition).
             */
            file: string;
            /** @description Password of a protected PDF. */
            password?: string;
        };
    };
    responses: {
        /** @description The request is malformed or breaks a documented constraint. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The API key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The account has no credits left or usage is blocked. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The key may not act on this workspace or resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description No such resource in this workspace. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The request is well-formed but cannot be processed. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Rate limited; retry after the indicated delay. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description An unexpected error on Extend's side. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description API version of the request. This document describes `2026-02-09`. Without it Extend
         *     answers `400 Bad Request` or applies a legacy version.
         * @example 2026-02-09
         */
        ApiVersion: "2026-02-09";
        /**
         * @description The workspace to target. Required with an organization-scoped API key; optional for a
         *     workspace-scoped key (the key is already tied to a workspace).
         * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
         */
        WorkspaceId: string;
        /**
         * @description The workflow run id.
         * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
         */
        WorkflowRunId: string;
        /** @description Field to sort by. */
        SortBy: "updatedAt" | "createdAt";
        /** @description Sort direction; `asc` returns the earliest first. */
        SortDir: "asc" | "desc";
        /**
         * @description The opaque token from the previous page's `nextPageToken`. Changing other parameters
         *     between pages may give inconsistent data.
         * @example xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3/Q+CNkfBSw1dZ=
         */
        NextPageToken: string;
        /** @description Maximum number of items in the page; fewer are returned at the end. */
        MaxPageSize: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying.
         * @example 2
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWorkflowRuns: {
        parameters: {
            query?: {
                /** @description Only runs in this status. */
                status?: components["schemas"]["WorkflowRunStatus"];
                /**
                 * @description Only runs of this workflow. If not provided, runs for all workflows are returned.
                 * @example workflow_BMdfq_yWM3sT-ZzvCnA3f
                 */
                workflowId?: string;
                /**
                 * @description Only runs created by this batch (see `POST /workflow_runs/batch`).
                 * @example batch_7Ws31-F5vQp2LmKd9XzRt
                 */
                batchId?: string;
                /**
                 * @description Only runs whose file name contains this string.
                 * @example invoice
                 */
                fileNameContains?: string;
                /** @description Field to sort by. */
                sortBy?: components["parameters"]["SortBy"];
                /** @description Sort direction; `asc` returns the earliest first. */
                sortDir?: components["parameters"]["SortDir"];
                /**
                 * @description The opaque token from the previous page's `nextPageToken`. Changing other parameters
                 *     between pages may give inconsistent data.
                 * @example xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3/Q+CNkfBSw1dZ=
                 */
                nextPageToken?: components["parameters"]["NextPageToken"];
                /** @description Maximum number of items in the page; fewer are returned at the end. */
                maxPageSize?: components["parameters"]["MaxPageSize"];
            };
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of run summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWorkflowRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowRunRequest"];
            };
        };
        responses: {
            /** @description The created run, still `PENDING` or `PROCESSING`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchCreateWorkflowRuns: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreateWorkflowRunsRequest"];
            };
        };
        responses: {
            /** @description The batch was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchCreateWorkflowRunsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWorkflowRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                /**
                 * @description The workflow run id.
                 * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
                 */
                id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateWorkflowRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                /**
                 * @description The workflow run id.
                 * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
                 */
                id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowRunRequest"];
            };
        };
        responses: {
            /** @description The updated run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteWorkflowRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                /**
                 * @description The workflow run id.
                 * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
                 */
                id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The id of the deleted run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteWorkflowRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    cancelWorkflowRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                /**
                 * @description The workflow run id.
                 * @example workflow_run_xKm9pNv3qWsY_jL2tR5Dh
                 */
                id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, now `CANCELLING` or `CANCELLED`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description Field to sort by. */
                sortBy?: components["parameters"]["SortBy"];
                /** @description Sort direction; `asc` returns the earliest first. */
                sortDir?: components["parameters"]["SortDir"];
                /**
                 * @description The opaque token from the previous page's `nextPageToken`. Changing other parameters
                 *     between pages may give inconsistent data.
                 * @example xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3/Q+CNkfBSw1dZ=
                 */
                nextPageToken?: components["parameters"]["NextPageToken"];
                /** @description Maximum number of items in the page; fewer are returned at the end. */
                maxPageSize?: components["parameters"]["MaxPageSize"];
            };
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of workflow summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example workflow_BMdfq_yWM3sT-ZzvCnA3f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    uploadFile: {
        parameters: {
            query?: {
                /** @description Convert the uploaded file to PDF (images, Word, PowerPoint, Excel, HTML). */
                convertToPdf?: boolean;
            };
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description The stored file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /**
                 * @description Only files whose name contains this string.
                 * @example invoice
                 */
                nameContains?: string;
                /** @description Sort direction; `asc` returns the earliest first. */
                sortDir?: components["parameters"]["SortDir"];
                /**
                 * @description The opaque token from the previous page's `nextPageToken`. Changing other parameters
                 *     between pages may give inconsistent data.
                 * @example xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3/Q+CNkfBSw1dZ=
                 */
                nextPageToken?: components["parameters"]["NextPageToken"];
                /** @description Maximum number of items in the page; fewer are returned at the end. */
                maxPageSize?: components["parameters"]["MaxPageSize"];
            };
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of file summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getFile: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Include the file's raw text in `contents` (deprecated; use parse runs).
                 */
                rawText?: boolean;
                /**
                 * @deprecated
                 * @description Include page markdown in `contents` (deprecated; use parse runs).
                 */
                markdown?: boolean;
                /**
                 * @deprecated
                 * @description Include DOCX html in `contents` (deprecated; use parse runs).
                 */
                html?: boolean;
            };
            header?: {
                /**
                 * @description API version of the request. This document describes `2026-02-09`. Without it Extend
                 *     answers `400 Bad Request` or applies a legacy version.
                 * @example 2026-02-09
                 */
                "x-extend-api-version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description The workspace to target. Required with an organization-scoped API key; optional for a
                 *     workspace-scoped key (the key is already tied to a workspace).
                 * @example workspace_Qx7pL2mN9vR4tK8wB3cYd
                 */
                "x-extend-workspace-id"?: components["parameters"]["WorkspaceId"];
            };
            path: {
                /**
                 * @description The file id.
                 * @example file_xK9mLPqRtN3vS8wF5hB2cQ
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
