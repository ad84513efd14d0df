// generated from specs/anyformat.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec.
export interface paths {
    "/health/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Returns 200 OK if the service is running. No authentication required. A request to `/health` (no trailing slash) answers 301 with `Location: /health/`.
         */
        get: operations["health_check_health__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflows/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description List the organization's workflows, paginated by page number. A page past the end answers 200 with an empty `results` array and the real `count` (see the `page` parameter). A request to `/v2/workflows` (no trailing slash) answers 301.
         */
        get: operations["v2_list_workflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflows/{workflow_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get workflow
         * @description Get one workflow with its extraction fields. Workflows cannot be modified through the API (edits in the dashboard create new versions). A request without the trailing slash answers 301.
         */
        get: operations["v2_get_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflows/{workflow_id}/run/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run workflow
         * @description Upload a file (or send raw text) and immediately run the extraction workflow on it.
         *
         *     This creates a file collection, uploads the file and starts extraction in one step. The response carries the collection `id`; poll `GET /v2/workflows/{workflow_id}/files/{collection_id}/results/` (412 while processing, 200 when ready, 422 when the extraction failed or was cancelled) or subscribe to webhooks.
         *
         *     Exactly one of `file` and `text` must be sent; both or neither answers 400 `VALIDATION_ERROR`. This endpoint is in the *submission* rate-limit tier (60/min). A request without the trailing slash answers 301 (clients must not follow it with a changed method).
         */
        post: operations["v2_run_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflows/{workflow_id}/runs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow runs
         * @description List all extraction runs for a workflow, newest first, paginated by page number. Each run corresponds to a file collection; use its `id` with `GET /v2/workflows/{workflow_id}/files/{id}/results/` to fetch results. A page past the end answers 200 with an empty `results` array and the real `count`. A request without the trailing slash answers 301.
         */
        get: operations["v2_list_workflow_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflows/{workflow_id}/files/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List file collections
         * @description List the file collections of a workflow, newest first, paginated by page number. A page past the end answers 200 with an empty `results` array and the real `count`. A request without the trailing slash answers 301.
         */
        get: operations["v2_list_workflow_files"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workflows/{workflow_id}/files/{collection_id}/results/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get file collection results
         * @description The extraction results of one file collection (one run). This is the polling endpoint:
         *
         *     - **200** — the run is `processed`; the body holds the results.
         *     - **412** `PRECONDITION_FAILED` (retryable) — the run is `pending`, `queued` or `in_progress`; poll again with backoff.
         *     - **422** `EXTRACTION_FAILED` / `EXTRACTION_CANCELLED` — the run ended in `error` or `cancelled`; polling again will not change the answer.
         *
         *     A request without the trailing slash answers 301.
         */
        get: operations["v2_get_file_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/files/{collection_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete file collection
         * @description Delete a file collection with its files and extraction results. Irreversible. A request without the trailing slash answers 301.
         */
        delete: operations["v2_delete_file_collection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description List all webhook subscriptions of the organization (a plain array, not paginated). Secrets are excluded — they are returned once, when the webhook is created. A request without the trailing slash answers 301.
         */
        get: operations["list_webhooks_v2_webhooks__get"];
        put?: never;
        /**
         * Create webhook
         * @description Subscribe an HTTPS endpoint to extraction events (at most 50 active subscriptions per organization). The response carries the signing `secret`, shown only this once. A non-HTTPS or malformed `url` answers 422; a body that is not JSON answers 400 `INVALID_JSON`. The status code of a successful creation is not documented by AnyFormat; this document uses 201. A request without the trailing slash answers 301.
         */
        post: operations["create_webhook_v2_webhooks__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{webhook_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete webhook
         * @description Delete a webhook subscription. A request without the trailing slash answers 301.
         */
        delete: operations["delete_webhook_v2_webhooks__webhook_id___delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    extraction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extraction event delivery
         * @description AnyFormat POSTs this JSON to every subscribed URL when an extraction completes (`extraction.completed`, status `processed`) or fails (`extraction.failed`, status `error`).
         *
         *     **Signature.** AnyFormat documents that deliveries should be verified with the subscription secret but has not published the header names, algorithm or signed string. docrun's emulator and SDK use: `x-anyformat-timestamp` = Unix seconds, and `x-anyformat-signature` = `v1=` + lowercase hex HMAC-SHA256 over `"{timestamp}.{raw body}"` keyed with the full secret string (`whsec_…`). This scheme is the project's choice and is swappable in both the emulator and the SDK.
         */
        post: operations["extraction_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * HealthCheckResponse
         * @example {
         *       "message": "ok"
         *     }
         */
        HealthCheckResponse: {
            /** @example ok */
            message: string;
        };
        /**
         * JsonValue
         * @description Any JSON value (an extracted value's type follows the workflow field's data type).
         * @example INV-2024-0847
         * @example 4087.5
         */
        JsonValue: string | number | boolean | null | unknown[] | {
            [key: string]: unknown;
        };
        /**
         * WorkflowField
         * @description One field the workflow extracts.
         * @example {
         *       "name": "total_amount",
         *       "description": "Invoice total including tax",
         *       "data_type": "float"
         *     }
         */
        WorkflowField: {
            /** @example invoice_number */
            name: string;
            /** @example The invoice number printed in the header */
            description?: string | null;
            /**
             * @description The field's data type (for example `string`, `integer`, `float`, `date`, `boolean`, `list`, `object`).
             * @example string
             */
            data_type?: string;
        };
        /**
         * Workflow
         * @example {
         *       "id": "0686bb97-8c30-70f0-8000-97669e000eb8",
         *       "name": "Invoice extraction",
         *       "description": "Pulls header fields and totals from supplier invoices",
         *       "fields": [
         *         {
         *           "name": "invoice_number",
         *           "description": "The invoice number printed in the header",
         *           "data_type": "string"
         *         },
         *         {
         *           "name": "total_amount",
         *           "description": "Invoice total including tax",
         *           "data_type": "float"
         *         }
         *       ],
         *       "created_at": "2026-01-15T10:30:00Z",
         *       "updated_at": "2026-01-20T14:22:00Z"
         *     }
         */
        Workflow: {
            /**
             * @description The workflow UUID.
             * @example 0686bb97-8c30-70f0-8000-97669e000eb8
             */
            id: string;
            /** @example Invoice extraction */
            name: string;
            /** @example Pulls header fields and totals from supplier invoices */
            description?: string | null;
            fields?: components["schemas"]["WorkflowField"][] | null;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        };
        /**
         * WorkflowListResponse
         * @description One page of workflows.
         * @example {
         *       "count": 1,
         *       "page": 1,
         *       "page_size": 20,
         *       "results": [
         *         {
         *           "id": "0686bb97-8c30-70f0-8000-97669e000eb8",
         *           "name": "Invoice extraction",
         *           "description": null,
         *           "fields": null,
         *           "created_at": "2026-01-15T10:30:00Z",
         *           "updated_at": "2026-01-20T14:22:00Z"
         *         }
         *       ]
         *     }
         */
        WorkflowListResponse: {
            results: components["schemas"]["Workflow"][];
            /** @description Total number of workflows across all pages. */
            count: number;
            page: number;
            page_size: number;
        };
        /**
         * Body_v2_run_workflow
         * @description Exactly one of `file` and `text`.
         */
        Body_v2_run_workflow: {
            /**
             * File
             * @description The document to extract from (PDF, image, office file…), as a multipart file part with a file name.
             */
            file?: string | null;
            /**
             * Text
             * @description Raw text to extract from, instead of a file.
             * @example Invoice #12345 from Acme Corp. Total: $1,250.00
             */
            text?: string | null;
        };
        /**
         * RunStatus
         * @description Processing status of a run / file collection: `pending` (created), `queued` (waiting for a slot), `in_progress`, `processed` (results ready), `error`, `cancelled` (terminal). AnyFormat's own fragments type it as a plain string.
         * @example processed
         * @enum {string}
         */
        RunStatus: "pending" | "queued" | "in_progress" | "processed" | "error" | "cancelled";
        /**
         * WorkflowRunResponseV2
         * @description Response after triggering a workflow run. Contains the collection id to use for polling results.
         * @example {
         *       "id": "069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *       "status": "success",
         *       "workflow_id": "0686bb97-8c30-70f0-8000-97669e000eb8",
         *       "version_id": "FGaV4I2JAA"
         *     }
         */
        WorkflowRunResponseV2: {
            /**
             * @description The collection UUID for this run; poll `GET /v2/workflows/{workflow_id}/files/{id}/results/`.
             * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
             */
            id: string;
            /**
             * @description Acceptance status of the submission (the fragments say typically `success`, the docs example shows `accepted`). It only means the run was accepted, not that extraction is complete.
             * @example success
             */
            status: string;
            /**
             * @description The UUID of the workflow that was executed.
             * @example 0686bb97-8c30-70f0-8000-97669e000eb8
             */
            workflow_id: string;
            /**
             * @description The workflow version this run was bound to (the latest version at submission time).
             * @example FGaV4I2JAA
             */
            version_id: string;
        };
        /**
         * WorkflowRunListItem
         * @description One execution of a workflow on a file collection.
         * @example {
         *       "id": "069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *       "status": "processed",
         *       "created_at": "2026-03-24T12:00:00.000Z",
         *       "updated_at": "2026-03-24T12:02:30.000Z"
         *     }
         */
        WorkflowRunListItem: {
            /**
             * @description The collection UUID for this run.
             * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
             */
            id: string;
            status: components["schemas"]["RunStatus"];
            /**
             * Format: date-time
             * @description When the run started.
             */
            created_at?: string | null;
            /**
             * Format: date-time
             * @description When the run status last changed.
             */
            updated_at?: string | null;
        };
        /**
         * WorkflowRunListResponse
         * @description Paginated list of workflow runs.
         * @example {
         *       "count": 42,
         *       "page": 1,
         *       "page_size": 20,
         *       "results": [
         *         {
         *           "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
         *           "status": "processed",
         *           "created_at": "2024-03-24T12:00:00.000Z",
         *           "updated_at": "2024-03-24T12:02:30.000Z"
         *         },
         *         {
         *           "id": "b2c3d4e5-f6a7-8901-bcde-f12345678901",
         *           "status": "in_progress",
         *           "created_at": "2024-03-24T13:00:00.000Z",
         *           "updated_at": "2024-03-24T13:00:15.000Z"
         *         }
         *       ]
         *     }
         */
        WorkflowRunListResponse: {
            /** @description Runs on the current page. */
            results: components["schemas"]["WorkflowRunListItem"][];
            /**
             * @description Total number of runs for this workflow.
             * @example 42
             */
            count: number;
            /**
             * @description Current page number.
             * @example 1
             */
            page: number;
            /**
             * @description Number of results per page.
             * @example 20
             */
            page_size: number;
        };
        /**
         * FileCollectionListItem
         * @description A file collection (one uploaded document or text, and its extraction progress).
         * @example {
         *       "id": "069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *       "status": "processed",
         *       "name": "invoice-0847.pdf",
         *       "created_at": "2026-03-24T12:00:00.000Z",
         *       "updated_at": "2026-03-24T12:02:30.000Z"
         *     }
         */
        FileCollectionListItem: {
            /**
             * @description The collection UUID.
             * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
             */
            id: string;
            status: components["schemas"]["RunStatus"];
            /**
             * @description The collection name (the uploaded file name, when there is one).
             * @example invoice-0847.pdf
             */
            name?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        };
        /**
         * FileCollectionListResponse
         * @description Paginated list of file collections.
         * @example {
         *       "count": 2,
         *       "page": 1,
         *       "page_size": 20,
         *       "results": [
         *         {
         *           "id": "069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *           "status": "processed",
         *           "name": "invoice-0847.pdf",
         *           "created_at": "2026-03-24T12:00:00.000Z",
         *           "updated_at": "2026-03-24T12:02:30.000Z"
         *         },
         *         {
         *           "id": "069dcc31-0b7e-7a11-8000-4c1d9e2f7a10",
         *           "status": "queued",
         *           "name": null,
         *           "created_at": "2026-03-24T12:05:00.000Z",
         *           "updated_at": "2026-03-24T12:05:01.000Z"
         *         }
         *       ]
         *     }
         */
        FileCollectionListResponse: {
            results: components["schemas"]["FileCollectionListItem"][];
            /** @description Total number of file collections for this workflow. */
            count: number;
            page: number;
            page_size: number;
        };
        /**
         * Evidence
         * @description Where in the document a value was found.
         * @example {
         *       "text": "Total: $4,087.50",
         *       "page_number": 2
         *     }
         */
        Evidence: {
            /**
             * @description The snippet of text the value was extracted from.
             * @example Invoice #INV-2024-0847
             */
            text: string;
            /**
             * @description 1-based page number.
             * @example 1
             */
            page_number?: number | null;
        };
        /**
         * ExtractedField
         * @description One extracted value with its confidence, evidence and review state.
         * @example {
         *       "value": "INV-2024-0847",
         *       "confidence": 97,
         *       "evidence": [
         *         {
         *           "text": "Invoice #INV-2024-0847",
         *           "page_number": 1
         *         }
         *       ],
         *       "value_override": null,
         *       "verification_status": "not_verified"
         *     }
         */
        ExtractedField: {
            value: components["schemas"]["JsonValue"];
            /**
             * @description Confidence score, 0–100.
             * @example 97
             */
            confidence?: number | null;
            evidence?: components["schemas"]["Evidence"][] | null;
            /** @description A human correction made in the dashboard, or null. */
            value_override?: components["schemas"]["JsonValue"];
            /**
             * @description Review state, for example `not_verified` or `verified`.
             * @example not_verified
             */
            verification_status?: string | null;
        };
        /**
         * ExtractedRow
         * @description One row of a list/table field — field name to extracted value.
         * @example {
         *       "description": {
         *         "value": "Consulting hours",
         *         "confidence": 91.5,
         *         "evidence": [
         *           {
         *             "text": "Consulting hours",
         *             "page_number": 1
         *           }
         *         ],
         *         "value_override": null,
         *         "verification_status": "not_verified"
         *       }
         *     }
         */
        ExtractedRow: {
            [key: string]: components["schemas"]["ExtractedField"];
        };
        /**
         * ExtractionValue
         * @description A scalar field's ExtractedField, or the rows of a list/object field.
         */
        ExtractionValue: components["schemas"]["ExtractedField"] | components["schemas"]["ExtractedRow"][];
        /**
         * ExtractionMap
         * @description Field name to extracted value.
         * @example {
         *       "total_amount": {
         *         "value": 4087.5,
         *         "confidence": 96,
         *         "evidence": [
         *           {
         *             "text": "Total: $4,087.50",
         *             "page_number": 2
         *           }
         *         ],
         *         "value_override": null,
         *         "verification_status": "not_verified"
         *       }
         *     }
         */
        ExtractionMap: {
            [key: string]: components["schemas"]["ExtractionValue"];
        };
        /** ParseResult */
        ParseResult: {
            /**
             * @description The document rendered as markdown (may include base64 images).
             * @example <DOCUMENT id="1" page="1">
             *     # Invoice INV-2024-0847
             *     ...
             */
            markdown: string | null;
        };
        /**
         * Classification
         * @description Output of a classify node.
         * @example {
         *       "category": "invoice",
         *       "confidence": 94,
         *       "evidence": [
         *         {
         *           "text": "INVOICE",
         *           "page_number": 1
         *         }
         *       ]
         *     }
         */
        Classification: {
            /** @example invoice */
            category: string;
            /** @example 94 */
            confidence?: number | null;
            evidence?: components["schemas"]["Evidence"][] | null;
        };
        /**
         * Split
         * @description Output of a splitter node (one detected sub-document type). `partitions` items are not documented by AnyFormat.
         * @example {
         *       "name": "invoice",
         *       "files": [
         *         "bundle.pdf"
         *       ],
         *       "confidence": 88,
         *       "partitions": [
         *         [
         *           1,
         *           3
         *         ]
         *       ]
         *     }
         */
        Split: {
            /** @example invoice */
            name: string;
            /** @description The files the split was found in. */
            files?: string[] | null;
            confidence?: number | null;
            partitions?: components["schemas"]["JsonValue"][] | null;
        };
        /**
         * SplitExtraction
         * @description The fields extracted for one split partition (one untagged entry for linear workflows).
         */
        SplitExtraction: {
            /** @example null */
            split_name?: string | null;
            /** @example null */
            partition?: number | string | null;
            fields: components["schemas"]["ExtractionMap"];
        };
        /**
         * FileResultsResponse
         * @description Results of a processed file collection. Sections for nodes the workflow does not have are `null` or `[]`. `extraction` is the legacy flat map; `extractions` is the newer per-split list.
         * @example {
         *       "collection_id": "069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *       "verification_url": "https://app.anyformat.ai/workflows/0686bb97-8c30-70f0-8000-97669e000eb8/files/069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *       "parse": {
         *         "markdown": "<DOCUMENT id=\"1\" page=\"1\">\n# Invoice INV-2024-0847\n..."
         *       },
         *       "classifications": [],
         *       "splits": [],
         *       "extractions": [
         *         {
         *           "split_name": null,
         *           "partition": null,
         *           "fields": {
         *             "invoice_number": {
         *               "value": "INV-2024-0847",
         *               "confidence": 97,
         *               "evidence": [
         *                 {
         *                   "text": "Invoice #INV-2024-0847",
         *                   "page_number": 1
         *                 }
         *               ],
         *               "value_override": null,
         *               "verification_status": "not_verified"
         *             }
         *           }
         *         }
         *       ],
         *       "extraction": {
         *         "invoice_number": {
         *           "value": "INV-2024-0847",
         *           "confidence": 97,
         *           "evidence": [
         *             {
         *               "text": "Invoice #INV-2024-0847",
         *               "page_number": 1
         *             }
         *           ],
         *           "value_override": null,
         *           "verification_status": "not_verified"
         *         },
         *         "line_items": [
         *           {
         *             "description": {
         *               "value": "Consulting hours",
         *               "confidence": 91.5,
         *               "evidence": [
         *                 {
         *                   "text": "Consulting hours",
         *                   "page_number": 1
         *                 }
         *               ],
         *               "value_override": null,
         *               "verification_status": "not_verified"
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        FileResultsResponse: {
            /** @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1 */
            collection_id: string;
            /** @description Dashboard page where a human can review the values. */
            verification_url?: string | null;
            parse?: components["schemas"]["ParseResult"] | null;
            classifications?: components["schemas"]["Classification"][] | null;
            splits?: components["schemas"]["Split"][] | null;
            extractions?: components["schemas"]["SplitExtraction"][] | null;
            extraction?: components["schemas"]["ExtractionMap"] | null;
        };
        /**
         * WebhookEventType
         * @example extraction.completed
         * @enum {string}
         */
        WebhookEventType: "extraction.completed" | "extraction.failed";
        /**
         * WebhookCreate
         * @example {
         *       "url": "https://hooks.example.com/anyformat",
         *       "events": [
         *         "extraction.completed"
         *       ]
         *     }
         */
        WebhookCreate: {
            /**
             * Format: uri
             * @description The HTTPS endpoint to deliver events to (HTTPS only).
             * @example https://hooks.example.com/anyformat
             */
            url: string;
            /** @description Events to subscribe to; all events when omitted. */
            events?: components["schemas"]["WebhookEventType"][];
        };
        /**
         * Webhook
         * @description A webhook subscription (the secret is never listed).
         * @example {
         *       "id": "wh_0693f1c2a7b84e0d9c51",
         *       "url": "https://hooks.example.com/anyformat",
         *       "events": [
         *         "extraction.completed",
         *         "extraction.failed"
         *       ],
         *       "is_active": true,
         *       "created_at": "2026-03-24T12:00:00Z"
         *     }
         */
        Webhook: {
            /** @example wh_0693f1c2a7b84e0d9c51 */
            id: string;
            /** @example https://hooks.example.com/anyformat */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * WebhookCreateResponse
         * @description The created subscription with its signing secret, shown only once.
         * @example {
         *       "id": "wh_0693f1c2a7b84e0d9c51",
         *       "url": "https://hooks.example.com/anyformat",
         *       "events": [
         *         "extraction.completed",
         *         "extraction.failed"
         *       ],
         *       "is_active": true,
         *       "secret": "whsec_example0000000000000000000000000000",
         *       "created_at": "2026-03-24T12:00:00Z"
         *     }
         */
        WebhookCreateResponse: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret (`whsec_…`). Store it; it is not shown again.
             * @example whsec_example0000000000000000000000000000
             */
            secret: string;
        };
        /** WebhookDeliveryData */
        WebhookDeliveryData: {
            /**
             * @description The file collection UUID.
             * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
             */
            extraction_id: string;
            /** @enum {string} */
            status: "processed" | "error";
            /** @example 0686bb97-8c30-70f0-8000-97669e000eb8 */
            workflow_id: string;
            /** Format: date-time */
            processed_at?: string | null;
        };
        /**
         * WebhookDeliveryPayload
         * @example {
         *       "event": "extraction.completed",
         *       "timestamp": "2026-03-24T12:02:30Z",
         *       "data": {
         *         "extraction_id": "069dcc2c-e14c-7606-8000-2ee4fb17b4e1",
         *         "status": "processed",
         *         "workflow_id": "0686bb97-8c30-70f0-8000-97669e000eb8",
         *         "processed_at": "2026-03-24T12:02:30Z"
         *       }
         *     }
         */
        WebhookDeliveryPayload: {
            event: components["schemas"]["WebhookEventType"];
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["WebhookDeliveryData"];
        };
        /**
         * ErrorCode
         * @description Machine-readable error code.
         * @example NOT_FOUND
         * @enum {string}
         */
        ErrorCode: "AUTH_FAILED" | "ACCESS_DENIED" | "VALIDATION_ERROR" | "INVALID_JSON" | "NOT_FOUND" | "PRECONDITION_FAILED" | "RATE_LIMITED" | "INTERNAL_ERROR" | "EXTRACTION_FAILED" | "EXTRACTION_CANCELLED";
        /**
         * ErrorResponse
         * @description AnyFormat's error envelope.
         * @example {
         *       "error": "Not Found",
         *       "detail": "Workflow not found.",
         *       "error_code": "NOT_FOUND",
         *       "retryable": false,
         *       "request_id": "req_0693f1c2a7b84e0d9c51ae"
         *     }
         */
        ErrorResponse: {
            /**
             * @description Short error title.
             * @example Not Found
             */
            error: string;
            /** @description Human-readable explanation, or a list of validation errors. */
            detail: string | components["schemas"]["ValidationError"][];
            error_code: components["schemas"]["ErrorCode"];
            /** @description Whether repeating the same request later may succeed. */
            retryable: boolean;
            /**
             * @description Quote this to AnyFormat support.
             * @example req_0693f1c2a7b84e0d9c51ae
             */
            request_id: string;
        };
        /**
         * HTTPValidationError
         * @example {
         *       "detail": [
         *         {
         *           "type": "greater_than_equal",
         *           "loc": [
         *             "query",
         *             "page"
         *           ],
         *           "msg": "Input should be greater than or equal to 1",
         *           "input": "0",
         *           "ctx": {
         *             "ge": 1
         *           }
         *         }
         *       ]
         *     }
         */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            input?: components["schemas"]["JsonValue"];
            /** Context */
            ctx?: {
                [key: string]: components["schemas"]["JsonValue"];
            };
        };
    };
    responses: {
        /** @description The request is malformed: `VALIDATION_ERROR` (for example both or neither of `file` and `text`, or a body that is not multipart) or `INVALID_JSON` (a JSON body that does not parse). */
        BadRequest: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is not valid (`AUTH_FAILED`). */
        Unauthorized: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unauthorized",
                 *       "detail": "Invalid API key.",
                 *       "error_code": "AUTH_FAILED",
                 *       "retryable": false,
                 *       "request_id": "req_0693f1c2a7b84e0d9c51ac"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No API key, an empty bearer token, or no permission (`ACCESS_DENIED`). */
        Forbidden: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Forbidden",
                 *       "detail": "Authentication credentials were not provided.",
                 *       "error_code": "ACCESS_DENIED",
                 *       "retryable": false,
                 *       "request_id": "req_0693f1c2a7b84e0d9c51ad"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The workflow, file collection or webhook does not exist in this organization (`NOT_FOUND`). */
        NotFound: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Not Found",
                 *       "detail": "Workflow not found.",
                 *       "error_code": "NOT_FOUND",
                 *       "retryable": false,
                 *       "request_id": "req_0693f1c2a7b84e0d9c51ae"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The run is still `pending`, `queued` or `in_progress` (`PRECONDITION_FAILED`, retryable). Poll again later. */
        StillProcessing: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Precondition Failed",
                 *       "detail": "Extraction is still in progress (status: in_progress).",
                 *       "error_code": "PRECONDITION_FAILED",
                 *       "retryable": true,
                 *       "request_id": "req_0693f1c2a7b84e0d9c51af"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The run ended without results: `EXTRACTION_FAILED` (status `error`) or `EXTRACTION_CANCELLED` (status `cancelled`). Terminal; do not poll again. */
        ExtractionEnded: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A parameter or body field failed validation. AnyFormat's OpenAPI fragments declare FastAPI's `HTTPValidationError` here; its error-handling page describes the `{error, detail, error_code, ...}` envelope for validation errors. Both are accepted. */
        ValidationFailed: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": [
                 *         {
                 *           "type": "less_than_equal",
                 *           "loc": [
                 *             "query",
                 *             "page_size"
                 *           ],
                 *           "msg": "Input should be less than or equal to 100",
                 *           "input": "500",
                 *           "ctx": {
                 *             "le": 100
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests for this tier (`RATE_LIMITED`, retryable). Wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Too Many Requests",
                 *       "detail": "Rate limit exceeded. Retry after 12 seconds.",
                 *       "error_code": "RATE_LIMITED",
                 *       "retryable": true,
                 *       "request_id": "req_0693f1c2a7b84e0d9c51b2"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An unexpected server error (`INTERNAL_ERROR`). AnyFormat also lists 502, 503 and 504 without a body shape. */
        InternalError: {
            headers: {
                "X-API-Version": components["headers"]["X-API-Version"];
                "x-request-id": components["headers"]["x-request-id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal Server Error",
                 *       "detail": "An unexpected error occurred.",
                 *       "error_code": "INTERNAL_ERROR",
                 *       "retryable": true,
                 *       "request_id": "req_0693f1c2a7b84e0d9c51b3"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The workflow UUID.
         * @example 0686bb97-8c30-70f0-8000-97669e000eb8
         */
        WorkflowId: string;
        /**
         * @description The file collection UUID (the `id` returned by run workflow; one run is one collection).
         * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
         */
        CollectionId: string;
        /**
         * @description Page number, 1-based. A page past the last one answers 200 with an empty `results` array and the real `count` — AnyFormat does not document this case; docrun's emulator behaves this way because it is what a Django/FastAPI page-number paginator without strict bounds returns and it never turns a race (items deleted between pages) into an error.
         * @example 1
         */
        Page: number;
        /**
         * @description Items per page, 1–100 (default 20). AnyFormat's prose says larger values are silently capped to 100, while its OpenAPI fragments declare `maximum: 100` (a 422 validation error); this document follows the fragments.
         * @example 20
         */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The API version that served the request.
         * @example 2.0.0
         */
        "X-API-Version": string;
        /**
         * @description The request id (also in error bodies as `request_id`); quote it to support. The header name is not documented by AnyFormat.
         * @example req_0693f1c2a7b84e0d9c51aa
         */
        "x-request-id": string;
        /**
         * @description Maximum requests allowed per window for the tier that applies.
         * @example 600
         */
        "x-ratelimit-limit": number;
        /**
         * @description Requests remaining in the current window.
         * @example 599
         */
        "x-ratelimit-remaining": number;
        /**
         * @description Seconds until the window resets.
         * @example 42
         */
        "x-ratelimit-reset": number;
        /**
         * @description Seconds to wait before retrying (429 only).
         * @example 12
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health_check_health__get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthCheckResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_list_workflows: {
        parameters: {
            query?: {
                /**
                 * @description Page number, 1-based. A page past the last one answers 200 with an empty `results` array and the real `count` — AnyFormat does not document this case; docrun's emulator behaves this way because it is what a Django/FastAPI page-number paginator without strict bounds returns and it never turns a race (items deleted between pages) into an error.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, 1–100 (default 20). AnyFormat's prose says larger values are silently capped to 100, while its OpenAPI fragments declare `maximum: 100` (a 422 validation error); this document follows the fragments.
                 * @example 20
                 */
                page_size?: components["parameters"]["PageSize"];
                /**
                 * @description Filter by workflow status. The accepted values are not documented by AnyFormat.
                 * @example active
                 */
                status?: string;
                /**
                 * @description Field to sort by. The accepted values are not documented by AnyFormat.
                 * @example created_at
                 */
                sort_by?: string;
                /**
                 * @description Sort order. The accepted values are not documented by AnyFormat.
                 * @example desc
                 */
                order?: string;
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
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_get_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow UUID.
                 * @example 0686bb97-8c30-70f0-8000-97669e000eb8
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_run_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow UUID.
                 * @example 0686bb97-8c30-70f0-8000-97669e000eb8
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_v2_run_workflow"];
            };
        };
        responses: {
            /** @description The run was accepted; extraction continues asynchronously. */
            202: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunResponseV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_list_workflow_runs: {
        parameters: {
            query?: {
                /**
                 * @description Page number, 1-based. A page past the last one answers 200 with an empty `results` array and the real `count` — AnyFormat does not document this case; docrun's emulator behaves this way because it is what a Django/FastAPI page-number paginator without strict bounds returns and it never turns a race (items deleted between pages) into an error.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, 1–100 (default 20). AnyFormat's prose says larger values are silently capped to 100, while its OpenAPI fragments declare `maximum: 100` (a 422 validation error); this document follows the fragments.
                 * @example 20
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The workflow UUID.
                 * @example 0686bb97-8c30-70f0-8000-97669e000eb8
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of runs. */
            200: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_list_workflow_files: {
        parameters: {
            query?: {
                /**
                 * @description Page number, 1-based. A page past the last one answers 200 with an empty `results` array and the real `count` — AnyFormat does not document this case; docrun's emulator behaves this way because it is what a Django/FastAPI page-number paginator without strict bounds returns and it never turns a race (items deleted between pages) into an error.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, 1–100 (default 20). AnyFormat's prose says larger values are silently capped to 100, while its OpenAPI fragments declare `maximum: 100` (a 422 validation error); this document follows the fragments.
                 * @example 20
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The workflow UUID.
                 * @example 0686bb97-8c30-70f0-8000-97669e000eb8
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of file collections. */
            200: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCollectionListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_get_file_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow UUID.
                 * @example 0686bb97-8c30-70f0-8000-97669e000eb8
                 */
                workflow_id: components["parameters"]["WorkflowId"];
                /**
                 * @description The file collection UUID (the `id` returned by run workflow; one run is one collection).
                 * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
                 */
                collection_id: components["parameters"]["CollectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run is processed; results are ready. */
            200: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResultsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["StillProcessing"];
            422: components["responses"]["ExtractionEnded"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    v2_delete_file_collection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file collection UUID (the `id` returned by run workflow; one run is one collection).
                 * @example 069dcc2c-e14c-7606-8000-2ee4fb17b4e1
                 */
                collection_id: components["parameters"]["CollectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    list_webhooks_v2_webhooks__get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every subscription. */
            200: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "wh_0693f1c2a7b84e0d9c51",
                     *         "url": "https://hooks.example.com/anyformat",
                     *         "events": [
                     *           "extraction.completed",
                     *           "extraction.failed"
                     *         ],
                     *         "is_active": true,
                     *         "created_at": "2026-03-24T12:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    create_webhook_v2_webhooks__post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/anyformat",
                 *       "events": [
                 *         "extraction.completed",
                 *         "extraction.failed"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The subscription, with its secret (shown once). */
            201: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    delete_webhook_v2_webhooks__webhook_id___delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook subscription id.
                 * @example wh_0693f1c2a7b84e0d9c51
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    "X-API-Version": components["headers"]["X-API-Version"];
                    "x-request-id": components["headers"]["x-request-id"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    extraction_event: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unix time in seconds when the delivery was signed (docrun's scheme).
                 * @example 1774353750
                 */
                "x-anyformat-timestamp": string;
                /**
                 * @description `v1=` + hex HMAC-SHA256 of `{timestamp}.{body}` (docrun's scheme).
                 * @example v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "x-anyformat-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDeliveryPayload"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
