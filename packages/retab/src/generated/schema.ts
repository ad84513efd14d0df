// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec.
export interface paths {
    "/v1/workflows/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow runs
         * @description Lists runs newest first by default. Pagination uses object-id cursors: pass the previous
         *     page's `list_metadata.after` as `after` for the next page (in the current `order`), or its
         *     `list_metadata.before` as `before` for the previous page. A cursor is `null` when there is
         *     nothing further in that direction. Filters AND together.
         */
        get: operations["list_workflow_runs"];
        put?: never;
        /**
         * Create a workflow run
         * @description Starts a run and answers at once (202) with the run in `pending` or `running`. Documents
         *     are keyed by the workflow's `start_document` block ids, JSON inputs by its `start_json`
         *     block ids (see `GET /v1/workflows/blocks`). Poll `GET /v1/workflows/runs/{run_id}` until
         *     the lifecycle is terminal, then read results from `GET /v1/workflows/steps?run_id=`.
         */
        post: operations["create_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_8mXo2tQbLr5vNc1Z */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /** Get a workflow run */
        get: operations["get_workflow_run"];
        put?: never;
        post?: never;
        /**
         * Delete a workflow run
         * @description Deletes the run and its step records.
         */
        delete: operations["delete_workflow_run"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_8mXo2tQbLr5vNc1Z */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a workflow run
         * @description Cancels a `pending`, `running` or `awaiting_review` run. The body is optional; its
         *     `command_id` deduplicates repeated cancel commands.
         */
        post: operations["cancel_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow run steps
         * @description Lists steps sorted by `started_at` ascending, `step_id` breaking ties. `after` gives the
         *     next page, `before` the previous one; they are mutually exclusive (400 when both are
         *     sent). Without `run_id` the list covers the caller's organization.
         */
        get: operations["list_workflow_run_steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/steps/{step_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a workflow step */
        get: operations["get_workflow_step"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflows */
        get: operations["list_workflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description Workflow metadata only (blocks are listed separately).
         */
        get: operations["get_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the blocks of a workflow
         * @description Sorted by `updated_at` descending, `id` breaking ties. `after` gives the next page,
         *     `before` the previous one; they are mutually exclusive (400 when both are sent).
         */
        get: operations["list_blocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a file upload
         * @description Reserves a file record and returns a short-lived signed URL; `PUT` the bytes there with
         *     the returned headers, then call `POST /v1/files/upload/{file_id}/complete`.
         */
        post: operations["upload_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/upload/{file_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a file upload
         * @description Confirms the bytes arrived (size and optional `sha256` are checked) and returns a durable
         *     MIMEData reference. 404 for an unknown upload, 410 once it expired, 422 on a size or
         *     checksum mismatch.
         */
        post: operations["complete_upload_file"];
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
         * @description Run statuses accepted by list filters (`queued` and `failed` are accepted aliases).
         * @enum {string}
         */
        RunStatusFilter: "pending" | "queued" | "running" | "completed" | "error" | "failed" | "awaiting_review" | "cancelled";
        /** @description Retab's error body outside validation errors. */
        ErrorResponse: {
            detail: string | components["schemas"]["ErrorDetailObject"];
        };
        /** @description Structured error detail some endpoints send instead of a string. */
        ErrorDetailObject: {
            code?: string;
            message: string;
            details?: unknown;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** @default [] */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** ValidationError */
        ValidationError: {
            loc: (string | number)[];
            msg: string;
            type: string;
            /** @default null */
            input?: unknown;
            /** @default {} */
            ctx?: Record<string, never>;
        };
        /** @description Boundary ids of the page; `null` when there is nothing further in that direction. */
        ListMetadata: {
            before: string | null;
            after: string | null;
        };
        WorkflowRunList: {
            data: components["schemas"]["WorkflowRun"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** @description One execution of a workflow. */
        WorkflowRun: {
            /** @description Run id (`run_…`). */
            id: string;
            /** @description Workflow id (`wf_…`). */
            workflow_id: string;
            /** @description Content-addressed workflow version the run used (`ver_…`). */
            workflow_version_id: string;
            trigger: components["schemas"]["TriggerInfo"];
            /**
             * @description Where the run is; `status` tells the variant. `status` is required in every variant
             *     here (the published document leaves it optional, which a discriminator cannot use;
             *     the server always sends it).
             */
            lifecycle: components["schemas"]["PendingRun"] | components["schemas"]["RunningRun"] | components["schemas"]["AwaitingReviewRun"] | components["schemas"]["CompletedTerminal"] | components["schemas"]["ErrorTerminal"] | components["schemas"]["CancelledTerminal"];
            timing: components["schemas"]["RunTiming"];
            /**
             * @default {
             *       "documents": {},
             *       "json_data": {}
             *     }
             */
            inputs?: components["schemas"]["RunInputs"];
            /** @description Caller-defined string metadata. */
            metadata?: {
                [key: string]: string;
            } | null;
        };
        /** @description What started the run. */
        TriggerInfo: {
            /** @enum {string} */
            type: "manual" | "api" | "schedule" | "webhook" | "email" | "custom" | "restart";
        };
        /** @description Created; execution has not started. */
        PendingRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /** @description Executing. */
        RunningRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /** @description Paused until a reviewer approves or rejects the gated blocks. */
        AwaitingReviewRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "awaiting_review";
            /** @default [] */
            waiting_for_block_ids?: string[];
        };
        /** @description Finished successfully. */
        CompletedTerminal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /** @description Failed. */
        ErrorTerminal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            message: string;
            stage?: components["schemas"]["ErrorStage"] | null;
            category?: components["schemas"]["ErrorCategory"] | null;
            details?: components["schemas"]["ErrorDetails"] | null;
            failing_step_id?: string | null;
        };
        /** @description Cancelled before it finished. */
        CancelledTerminal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            reason?: string | null;
        };
        /** @enum {string} */
        ErrorStage: "input_collection" | "registry_lookup" | "document_fetch" | "execution" | "output_storage" | "routing" | "history_payload";
        /**
         * @description Whether retrying may help.
         * @enum {string}
         */
        ErrorCategory: "transient" | "permanent" | "quota";
        ErrorDetails: {
            message?: string | null;
            stack_trace?: string | null;
            block_id?: string | null;
            block_name?: string | null;
            error_code?: string | null;
            context?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Event timestamps; duration is `completed_at - started_at`. */
        RunTiming: {
            /** Format: date-time */
            created_at?: string;
            started_at?: string | null;
            completed_at?: string | null;
        };
        RunInputs: {
            /**
             * @description start_document block id → the document given.
             * @default {}
             */
            documents?: {
                [key: string]: components["schemas"]["FileRef"];
            };
            /**
             * @description start_json block id → the JSON given.
             * @default {}
             */
            json_data?: {
                [key: string]: unknown;
            };
        };
        FileRef: {
            id: string;
            filename: string;
            mime_type: string;
        };
        /** @description A file as a name plus a URL (a `data:` URL with base64 content, or http(s)). */
        MIMEData: {
            filename: string;
            url: string;
        };
        /**
         * @description Body of a run creation. The published document gives `documents` and `json_inputs` a
         *     default of `{}` and `version` a default of `production`; this spec states those defaults
         *     in prose so generated request types keep the fields optional.
         */
        CreateWorkflowRunRequest: {
            workflow_id: string;
            /** @description start_document block id → document. The server treats a missing value as `{}`. */
            documents?: {
                [key: string]: components["schemas"]["MIMEData"];
            };
            /** @description start_json block id → JSON input. The server treats a missing value as `{}`. */
            json_inputs?: {
                [key: string]: unknown;
            };
            /** @description `production` (what the server uses when it is missing), `draft`, or a pinned `ver_…` id. */
            version?: string;
            metadata?: {
                [key: string]: string;
            } | null;
        };
        CancelWorkflowRequest: {
            /** @description Deduplicates repeated cancel commands. */
            command_id?: string | null;
        };
        CancelWorkflowResponse: {
            run: components["schemas"]["WorkflowRun"];
            /**
             * @description Whether the cancel signal could be delivered immediately.
             * @default true
             */
            redis_available?: boolean;
            /**
             * @default cancellation_requested
             * @enum {string}
             */
            cancellation_status?: "cancelled" | "cancellation_requested" | "cancellation_failed";
        };
        WorkflowStepList: {
            data: components["schemas"]["WorkflowStep"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** @enum {string} */
        BlockType: "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts" | "while_loop_sentinel_start" | "while_loop_sentinel_end" | "for_each_sentinel_start" | "for_each_sentinel_end";
        /** @description One block's execution within a run; results are in `handle_outputs`. */
        WorkflowStep: {
            block_id: string;
            /** @description Step id with iteration context; fixed at creation. */
            step_id: string;
            block_type: components["schemas"]["BlockType"];
            block_label: string;
            /** @description Where the step is; `status` tells the variant (required, as for run lifecycles). */
            lifecycle: components["schemas"]["PendingStepLifecycle"] | components["schemas"]["QueuedStepLifecycle"] | components["schemas"]["RunningStepLifecycle"] | components["schemas"]["CompletedStepLifecycle"] | components["schemas"]["AwaitingReviewStepLifecycle"] | components["schemas"]["ErrorStepLifecycle"] | components["schemas"]["SkippedStepLifecycle"] | components["schemas"]["CancelledStepLifecycle"];
            started_at?: string | null;
            completed_at?: string | null;
            model?: string | null;
            /** @default [] */
            loop_containers?: components["schemas"]["ContainerContextData"][];
            run_id: string;
            created_at?: string | null;
            /** @default {} */
            handle_inputs?: {
                [key: string]: components["schemas"]["PublicHandlePayload"];
            };
            /** @default {} */
            handle_outputs?: {
                [key: string]: components["schemas"]["PublicHandlePayload"];
            };
            artifact?: components["schemas"]["StepArtifactRef"] | null;
            /** @default 0 */
            retry_count?: number;
        };
        PendingStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        QueuedStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "queued";
        };
        RunningStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        CompletedStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        AwaitingReviewStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "awaiting_review";
        };
        ErrorStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            message: string;
            stage?: components["schemas"]["ErrorStage"] | null;
            category?: components["schemas"]["ErrorCategory"] | null;
            details?: components["schemas"]["ErrorDetails"] | null;
        };
        SkippedStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "skipped";
            reason: string;
        };
        CancelledStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            reason: string;
        };
        ContainerContextData: {
            container_id: string;
            iteration: number;
            /** @default false */
            is_parallel?: boolean;
            parallel_item_index?: number | null;
        };
        PublicHandlePayload: {
            /** @enum {string} */
            type: "file" | "json";
            document?: components["schemas"]["FileRef"] | null;
            /**
             * @description The JSON a `json` handle carries.
             * @default null
             */
            data?: unknown;
        };
        StepArtifactRef: {
            /** @enum {string} */
            operation: "extraction" | "split" | "classification" | "parse" | "edit" | "partition" | "conditional_evaluation" | "review_trigger_evaluation" | "while_loop_termination" | "api_call_invocation" | "function_invocation";
            id: string;
        };
        WorkflowList: {
            data: components["schemas"]["Workflow"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        Workflow: {
            id: string;
            /** @default Untitled Workflow */
            name?: string;
            /** @default  */
            description?: string;
            project_id?: string | null;
            published?: components["schemas"]["WorkflowPublished"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WorkflowPublished: {
            version_id?: string | null;
            published_at?: string | null;
            /**
             * @description Release note of the published version.
             * @default
             */
            description?: string;
        };
        WorkflowBlockList: {
            data: components["schemas"]["WorkflowBlock"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        WorkflowBlock: {
            id: string;
            workflow_id: string;
            type: components["schemas"]["BlockType"];
            /** @default  */
            label?: string;
            /** @default 0 */
            position_x?: number;
            /** @default 0 */
            position_y?: number;
            width?: number | null;
            height?: number | null;
            config?: {
                [key: string]: unknown;
            } | null;
            parent_id?: string | null;
            declarative_path?: string | null;
            declarative_source_block_id?: string | null;
            /** Format: date-time */
            updated_at: string;
            resolved_schemas?: {
                [key: string]: unknown;
            } | null;
        };
        UploadFileRequest: {
            filename: string;
            content_type?: string | null;
            size_bytes: number;
            sha256?: string | null;
        };
        /** @description Upload instructions (this response uses camelCase keys). */
        CreateFileUploadResponse: {
            fileId: string;
            uploadUrl: string;
            /** @default PUT */
            uploadMethod?: string;
            /** @default {} */
            uploadHeaders?: {
                [key: string]: string;
            };
            mimeData?: components["schemas"]["MIMEData"] | null;
            /** Format: date-time */
            expiresAt: string;
        };
        CompleteFileUploadRequest: {
            sha256?: string | null;
        };
    };
    responses: {
        /** @description The request was refused (for example `before` and `after` sent together). */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is missing or not valid. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key may not do this. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such object. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The upload session expired. */
        Gone: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request did not validate (FastAPI's validation error body). */
        ValidationFailed: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Too many requests; wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The server failed; safe to retry idempotent requests. */
        ServerError: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @example run_8mXo2tQbLr5vNc1Z */
        RunId: string;
        /** @description Object id cursor; returns the page before this id. */
        Before: string;
        /** @description Object id cursor; returns the page after this id. */
        After: string;
        /** @description Sort direction. */
        Order: "asc" | "desc";
    };
    requestBodies: never;
    headers: {
        /** @description Request id assigned by the server; quote it when reporting a problem. */
        RequestId: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_workflow_runs: {
        parameters: {
            query?: {
                /** @description Only runs of this workflow. */
                workflow_id?: string;
                /** @description Only runs in this status. */
                status?: components["schemas"]["RunStatusFilter"];
                /** @description Leave out runs in this status. */
                exclude_status?: components["schemas"]["RunStatusFilter"];
                /** @description Only runs started this way. */
                trigger_type?: "manual" | "api" | "schedule" | "webhook" | "email" | "restart";
                /**
                 * @description Runs created on or after this day (`YYYY-MM-DD`, UTC).
                 * @example 2026-08-01
                 */
                from_date?: string;
                /**
                 * @description Runs created on or before this day (`YYYY-MM-DD`, UTC).
                 * @example 2026-08-16
                 */
                to_date?: string;
                /** @description Runs whose `completed_at - started_at` is at least this many milliseconds. */
                min_duration_ms?: number;
                /** @description Runs whose `completed_at - started_at` is at most this many milliseconds. */
                max_duration_ms?: number;
                /** @description Partial match on the run id. */
                search?: string;
                /**
                 * @description A JSON object of metadata key/value pairs that must all match, e.g. `{"tenant":"acme"}`.
                 * @example {"tenant":"acme"}
                 */
                metadata?: string;
                /** @description Object id cursor; returns the page before this id. */
                before?: components["parameters"]["Before"];
                /** @description Object id cursor; returns the page after this id. */
                after?: components["parameters"]["After"];
                /** @description Page size. */
                limit?: number;
                /** @description Sort direction. */
                order?: components["parameters"]["Order"];
                /** @description Field to sort on. */
                sort_by?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of runs. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_workflow_run: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns the run the
                 *     first request made instead of starting another. Retab documents this header on other
                 *     POST operations; its support here is not stated in the published document.
                 * @example 9f1c2b7e-5d2a-4c1e-8f3a-2b6d7e8f9a01
                 */
                "Idempotency-Key"?: string;
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
            /** @description The run was accepted. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_8mXo2tQbLr5vNc1Z */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_workflow_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_8mXo2tQbLr5vNc1Z */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_workflow_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example run_8mXo2tQbLr5vNc1Z */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelWorkflowRequest"] | null;
            };
        };
        responses: {
            /** @description The cancel request was processed; `cancellation_status` says how far it got. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelWorkflowResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_run_steps: {
        parameters: {
            query?: {
                /** @description Only steps of this run. */
                run_id?: string;
                /** @description Only steps of runs of this workflow. */
                workflow_id?: string;
                /** @description Only steps of this logical block. */
                block_id?: string;
                /** @description Only this step. */
                step_id?: string;
                /** @description Only these block types; repeat the parameter for several. */
                block_type?: string[];
                /** @description Only these step statuses; repeat the parameter for several. */
                status?: string[];
                /** @description Step id cursor for the previous page (not with `after`). */
                before?: string;
                /** @description Step id cursor for the next page (not with `before`). */
                after?: string;
                /** @description Page size (1–1000). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of steps. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStepList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_step: {
        parameters: {
            query?: {
                /** @description Disambiguates a step id shared by several runs. */
                run_id?: string;
            };
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The step. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStep"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflows: {
        parameters: {
            query?: {
                /** @description Object id cursor; returns the page before this id. */
                before?: components["parameters"]["Before"];
                /** @description Object id cursor; returns the page after this id. */
                after?: components["parameters"]["After"];
                /** @description Page size. */
                limit?: number;
                /** @description Sort direction. */
                order?: components["parameters"]["Order"];
                /** @description Field to sort on. */
                sort_by?: string;
                /** @description Only workflows of this project. */
                project_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of workflows. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_blocks: {
        parameters: {
            query: {
                workflow_id: string;
                /** @description Block id cursor for the previous page (not with `after`). */
                before?: string;
                /** @description Block id cursor for the next page (not with `before`). */
                after?: string;
                /** @description Page size (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of blocks. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlockList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    upload_file: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description Where and how to upload the bytes. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFileUploadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    complete_upload_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteFileUploadRequest"];
            };
        };
        responses: {
            /** @description The stored file. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MIMEData"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
