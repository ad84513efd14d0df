// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec.
export interface paths {
    "/v1/classifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Classifications
         * @description List classifications.
         *
         *     Returns a paginated list of classifications, most recent first. Filter by
         *     `filename` or a `from_date`/`to_date` range, and page with `before`/`after`.
         */
        get: operations["list_classifications"];
        put?: never;
        /**
         * Create Classification
         * @description Classify a document.
         *
         *     Runs a classification on the supplied `document` against the provided
         *     `categories`. Tune the run with `model`, `instructions`, `first_n_pages`
         *     (limit to the first pages), and `n_consensus` (number of votes to combine).
         *     Returns the created classification with the chosen category and reasoning;
         *     responds with `201`.
         */
        post: operations["create_classification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/classifications/{classification_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Classification
         * @description Retrieve a classification.
         *
         *     Fetches a single classification by its `classification_id`. Returns the
         *     classification with its file reference, categories, and result; responds
         *     with `404` if no classification with that id exists.
         */
        get: operations["get_classification"];
        put?: never;
        post?: never;
        /**
         * Delete Classification
         * @description Delete a classification.
         *
         *     Permanently deletes the classification identified by `classification_id`.
         *     Returns `204` on success, or `404` if no classification with that id exists.
         */
        delete: operations["delete_classification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/classifications/{classification_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Classification */
        post: operations["cancel_classification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consensus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Consensus
         * @description Reconcile several objects into one.
         *
         *     Takes a list of `inputs` that describe the same thing — typically the outputs of
         *     repeated extractions — and returns a single `consensus` object plus a `likelihoods`
         *     map giving the agreement score for every leaf path.
         *
         *     Inputs are always aligned before the vote, so items in a list are matched across
         *     inputs by content rather than by position; a reordered or partially-omitted array
         *     still reconciles correctly. Supply `json_schema` when you have one: it makes numeric
         *     fields reconcile by declared type — `integer` votes on the exact value, `number`
         *     clusters and averages — instead of inferring the kind from the values present. Set
         *     `include_alignment` to also receive the canonical path mapping.
         */
        post: operations["create_consensus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/edits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Edits
         * @description List edits.
         *
         *     Returns a paginated list of edits. Filter by `filename` (case-insensitive
         *     prefix match), `template_id`, and a `from_date`/`to_date` creation range
         *     (each `YYYY-MM-DD`). Page with `before`/`after` cursors, `limit`, and
         *     `order`; an invalid date format responds with `400`.
         */
        get: operations["list_edits"];
        put?: never;
        /**
         * Create Edit
         * @description Create an edit.
         *
         *     Fills the form fields of a document according to `instructions` and renders
         *     the values into a PDF. Provide exactly one of `document` (a PDF, DOCX, XLSX,
         *     or PPTX) or `template_id` (an existing edit template) — supplying both or
         *     neither responds with `400`. Returns the created edit with the filled form
         *     data and rendered document; responds with `201`.
         */
        post: operations["create_edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/edits/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Templates
         * @description List edit templates.
         *
         *     Returns a paginated list of edit templates. Filter by `name`
         *     (case-insensitive substring match) and order results by `sort_by`
         *     (`created_at` or `name`). Page with `before`/`after` cursors, `limit`, and
         *     `order`. Form fields are omitted from list items; fetch a single template to
         *     retrieve them.
         */
        get: operations["list_templates"];
        put?: never;
        /**
         * Create Template
         * @description Create an edit template.
         *
         *     Stores a reusable form template from an empty `document` (PDF or Office
         *     document) plus its `form_fields` and a `name`. Later edits can reference the
         *     returned template id instead of re-uploading the document. An unsupported
         *     document format responds with `400`; on success responds with `201`.
         */
        post: operations["create_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/edits/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Template
         * @description Retrieve an edit template.
         *
         *     Fetches a single edit template by its `template_id`, including its form
         *     fields. Responds with `404` if no template with that id exists.
         */
        get: operations["get_template"];
        put?: never;
        post?: never;
        /**
         * Delete Template
         * @description Delete an edit template.
         *
         *     Permanently deletes the edit template identified by `template_id`. Returns
         *     `204` on success, or `404` if no template with that id exists.
         */
        delete: operations["delete_template"];
        options?: never;
        head?: never;
        /**
         * Update Template
         * @description Update an edit template.
         *
         *     Applies a partial update to the template identified by `template_id`. Set
         *     `name` to rename it and/or `form_fields` to replace its field list; omitted
         *     fields are left unchanged. Returns the updated template, or `404` if no
         *     template with that id exists.
         */
        patch: operations["update_template"];
        trace?: never;
    };
    "/v1/edits/{edit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Edit
         * @description Retrieve an edit.
         *
         *     Fetches a single edit by its `edit_id`. Returns the edit with its filled
         *     form data and rendered document; responds with `404` if no edit with that
         *     id exists.
         */
        get: operations["get_edit"];
        put?: never;
        post?: never;
        /**
         * Delete Edit
         * @description Delete an edit.
         *
         *     Permanently deletes the edit identified by `edit_id`. Returns `204` on
         *     success, or `404` if no edit with that id exists.
         */
        delete: operations["delete_edit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/edits/{edit_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Edit */
        post: operations["cancel_edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extractions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Extractions
         * @description List and paginate extractions with optional filtering.
         *
         *     Returns a paginated list of extraction documents matching the filter criteria.
         *
         *     The `metadata` parameter accepts a JSON string of key-value pairs to filter by.
         */
        get: operations["list_extractions"];
        put?: never;
        /**
         * Create Extraction
         * @description Run a structured extraction on a document.
         *
         *     Extracts structured data from the `document` according to the supplied
         *     `json_schema`, using the requested `model`. Returns the extraction
         *     with its `output`, consensus details, and usage on `201`. When
         *     `stream` is `true`, partial results are streamed back as they are produced.
         */
        post: operations["create_extraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extractions/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Extraction Stream
         * @description Run a structured extraction on a document and stream partial results as they are produced.
         */
        post: operations["create_extraction_stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extractions/{extraction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Extraction
         * @description Retrieve an extraction.
         *
         *     Returns the extraction identified by `extraction_id`, including its source
         *     file, schema, `output`, and consensus details. Responds with `404` if no
         *     matching extraction exists.
         */
        get: operations["get_extraction"];
        put?: never;
        post?: never;
        /**
         * Delete Extraction
         * @description Delete an extraction.
         *
         *     Permanently deletes the extraction identified by `extraction_id`. Returns
         *     `204` on success, or `404` if no extraction with that id exists.
         */
        delete: operations["delete_extraction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extractions/{extraction_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Extraction */
        post: operations["cancel_extraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extractions/{extraction_id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Extraction Sources
         * @description Return the extraction result enriched with per-leaf source provenance.
         *
         *     Each extracted leaf value is wrapped as {value, source} where source
         *     contains citation content, surrounding context, and a format-specific
         *     anchor (bbox for PDFs, cell ref for spreadsheets, text span for plain text, etc.).
         */
        get: operations["get_extraction_sources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Files
         * @description List files with pagination and optional filtering.
         */
        get: operations["list_files"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/blueprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create File Blueprint
         * @description Create a Document Blueprint for an uploaded file.
         */
        post: operations["create_file_blueprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/blueprints/{blueprint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get File Blueprint
         * @description Retrieve a file blueprint by id.
         */
        get: operations["get_file_blueprint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/blueprints/{blueprint_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel File Blueprint
         * @description Cancel an in-flight background file blueprint.
         */
        post: operations["cancel_file_blueprint"];
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
         * Upload File
         * @description Start a file upload.
         *
         *     Reserves a file record for the given `filename`, `content_type`, and
         *     `size_bytes`, and returns a short-lived signed `upload_url` the client uses
         *     to `PUT` the file content directly. Call the complete-upload endpoint with
         *     the returned `file_id` once the bytes have been uploaded.
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
         * Complete Upload File
         * @description Finalize a file upload.
         *
         *     Confirms that the content for `file_id` has been uploaded, verifying the
         *     object's size and optional `sha256` checksum against the upload session,
         *     and marks the file ready. Returns a durable reference to the stored file.
         *     Responds with `404` if the upload session is unknown, `410` if it has
         *     expired, and `422` if the size or checksum does not match.
         */
        post: operations["complete_upload_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get File
         * @description Retrieve a file.
         *
         *     Returns metadata for the file identified by `file_id`, including its
         *     `filename`, `page_count`, and timestamps. Responds with `404` if no
         *     matching file exists.
         */
        get: operations["get_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/download-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download Link
         * @description Get a temporary download link for a file.
         *
         *     Returns a short-lived signed `download_url` for the file identified by
         *     `file_id`, along with its `filename` and expiration. Responds with `404`
         *     if no matching file exists.
         */
        get: operations["download_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Parses
         * @description List parses.
         *
         *     Returns a paginated list of parses for the authenticated environment, newest first by
         *     default. Filter by `filename` prefix (case-insensitive) and by a `created_at` window
         *     using `from_date`/`to_date` (`YYYY-MM-DD`). Page through results with `before`/`after`,
         *     `limit`, and `order`.
         */
        get: operations["list_parses"];
        put?: never;
        /**
         * Create Parse
         * @description Create a parse.
         *
         *     Extracts the full text of a `document` into per-page and concatenated text using
         *     the chosen `model`. Tables are rendered in the requested `table_parsing_format`, and
         *     optional `instructions` steer the parse. Returns the stored `Parse` with its `output`
         *     and `usage`, and responds with `201`.
         */
        post: operations["create_parse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parses/{parse_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Parse
         * @description Retrieve a parse.
         *
         *     Fetches a single parse by its `parse_id` within the authenticated environment and
         *     returns the full `Parse` including its `output`. Responds with `404` if no parse with
         *     that id exists.
         */
        get: operations["get_parse"];
        put?: never;
        post?: never;
        /**
         * Delete Parse
         * @description Delete a parse.
         *
         *     Permanently deletes the parse identified by `parse_id`. Returns `204` on
         *     success, or `404` if no parse with that id exists.
         */
        delete: operations["delete_parse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parses/{parse_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Parse */
        post: operations["cancel_parse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Partitions
         * @description List partitions.
         *
         *     Returns a paginated list of partitions for the authenticated environment, newest first
         *     by default. Filter by `filename` prefix (case-insensitive) and by a `created_at` window
         *     using `from_date`/`to_date` (`YYYY-MM-DD`). Page through results with `before`/`after`,
         *     `limit`, and `order`.
         */
        get: operations["list_partitions"];
        put?: never;
        /**
         * Create Partitions
         * @description Create a partition.
         *
         *     Groups the pages of a `document` into chunks by a partition `key`, guided by
         *     `instructions` and the chosen `model`. Set `n_consensus` above `1` to run multiple
         *     votes and consolidate them, and `allow_overlap` to let a page belong to more than one
         *     chunk. Returns the stored `Partition` with its `output` chunks, and responds with `201`.
         */
        post: operations["create_partitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partitions/{partition_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Partition
         * @description Retrieve a partition.
         *
         *     Fetches a single partition by its `partition_id` within the authenticated environment
         *     and returns the full `Partition` including its `output` chunks. Responds with `404` if
         *     no partition with that id exists.
         */
        get: operations["get_partition"];
        put?: never;
        post?: never;
        /**
         * Delete Partition
         * @description Delete a partition.
         *
         *     Permanently deletes the partition identified by `partition_id`. Returns
         *     `204` on success, or `404` if no partition with that id exists.
         */
        delete: operations["delete_partition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partitions/{partition_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Partition */
        post: operations["cancel_partition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schemas/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Schema From Examples
         * @description Generates a JSON Schema from scratch by inferring structure from the content of the provided example documents.
         */
        post: operations["generate_schema_from_examples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secret.List */
        get: operations["list_secrets"];
        put?: never;
        /** Secret.Create */
        post: operations["create_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/secrets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secret.Get */
        get: operations["get_secret"];
        /** Secret.Set */
        put: operations["set_secret"];
        post?: never;
        /** Secret.Delete */
        delete: operations["delete_secret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/secrets/{name}/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secret.Get Value */
        get: operations["get_secret_value"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/splits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Splits
         * @description List splits.
         *
         *     Returns a paginated list of splits for the authenticated environment, newest first by
         *     default. Filter by `filename` prefix (case-insensitive) and by a `created_at` window
         *     using `from_date`/`to_date` (`YYYY-MM-DD`). Page through results with `before`/`after`,
         *     `limit`, and `order`.
         */
        get: operations["list_splits"];
        put?: never;
        /**
         * Create Split
         * @description Create a split.
         *
         *     Divides a `document` into the named `subdocuments`, assigning each its set of pages,
         *     using the chosen `model` and optional `instructions`. Set `n_consensus` above `1` to
         *     run multiple votes and consolidate them. Returns the stored `Split` with its `output`
         *     page assignments, and responds with `201`.
         */
        post: operations["create_split"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/splits/reconstruct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reconstruct Split
         * @description Reconstruct each named subdocument of a stored spreadsheet into an enriched, partition-ready table: one flat complete header, the key carried on every row, section banners promoted to a column, and wide size-matrices melted. Returns the enriched tables (header + rows + clean CSV) for hand-off to extraction.
         */
        post: operations["reconstruct_split"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/splits/{split_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Split
         * @description Retrieve a split.
         *
         *     Fetches a single split by its `split_id` within the authenticated environment and
         *     returns the full `Split` including its `output` page assignments. Responds with `404`
         *     if no split with that id exists.
         */
        get: operations["get_split"];
        put?: never;
        post?: never;
        /**
         * Delete Split
         * @description Delete a split.
         *
         *     Permanently deletes the split identified by `split_id`. Returns `204` on
         *     success, or `404` if no split with that id exists.
         */
        delete: operations["delete_split"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/splits/{split_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Split */
        post: operations["cancel_split"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Table.List */
        get: operations["list_tables"];
        put?: never;
        /** Table.Create */
        post: operations["create_table"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tables/{table_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Table.Get */
        get: operations["get_table"];
        /** Table.Replace */
        put: operations["replace_table"];
        post?: never;
        /** Table.Delete */
        delete: operations["delete_table"];
        options?: never;
        head?: never;
        /** Table.Update */
        patch: operations["update_table"];
        trace?: never;
    };
    "/v1/tables/{table_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Table.Download */
        get: operations["download_table_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tables/{table_id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Table.Get Profile */
        get: operations["profile_table"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tables/{table_id}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Table.Query */
        post: operations["query_table"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tables/{table_id}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Table.Get Schema */
        get: operations["get_table_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tables/{table_id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Table.Validate */
        post: operations["validate_table"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Usage Blocks */
        get: operations["list_usage_blocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/primitives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Usage Primitives */
        get: operations["list_usage_primitives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Usage Runs */
        get: operations["list_usage_runs"];
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
        /**
         * List Workflows
         * @description List workflows with pagination and optional filtering.
         */
        get: operations["list_workflows"];
        put?: never;
        /**
         * Create Workflow
         * @description Create a new workflow.
         *
         *     The workflow starts unpublished with a default "Document" input block.
         */
        post: operations["create_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Artifacts
         * @description List artifacts produced by a workflow run.
         *
         *     Paginated by the producing step's `step_id` (sorted by `started_at`
         *     ascending). Pass `after` for the next page, `before` for the previous
         *     page — mutually exclusive. `step_id` short-circuits pagination and
         *     returns the single attached artifact.
         *
         *     Filters: provide either `run_id` (list all artifacts in a run) or
         *     `step_id` (single-step lookup). When both are absent the request is
         *     rejected with 400.
         */
        get: operations["list_workflow_artifacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/artifacts/{artifact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Artifact By Id
         * @description Get one workflow artifact by id.
         *
         *     The artifact kind is derived from the id prefix (`extr_…` → extraction,
         *     `clss_…` → classification, etc.).
         */
        get: operations["get_workflow_artifact_by_id"];
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
         * List Blocks
         * @description List blocks for a workflow with keyset cursor pagination.
         *
         *     Sorted by `updated_at` descending with `id` as the tiebreaker. Pass
         *     `after` (the previous response's `list_metadata.after`) for the next
         *     page, `before` for the previous page. They are mutually exclusive; the
         *     400 cleanly tells the caller which to drop.
         */
        get: operations["list_blocks"];
        put?: never;
        /**
         * Create Block
         * @description Create a new block in a workflow.
         */
        post: operations["create_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Block Executions
         * @description List recent block executions for one workflow run block.
         *
         *     Cursor pagination matches the conventions used by
         *     `GET /v1/extractions` — pass `after` from the previous page's
         *     `list_metadata.after` to advance, `before` to step backwards, and
         *     `order` to flip the sort direction. `run_id` + `block_id` are
         *     required scope filters; without them this endpoint would expose
         *     cross-run cursors that walk arbitrary block executions.
         */
        get: operations["list_block_executions"];
        put?: never;
        /**
         * Create Block Execution
         * @description Create a block execution for `block_id` against the current draft.
         */
        post: operations["create_block_execution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Block Versions */
        get: operations["list_block_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diff Block Versions */
        get: operations["diff_block_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks/versions/{block_version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Block Version */
        get: operations["get_block_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks/versions/{block_version_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore Block Version */
        post: operations["restore_block_version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/blocks/{block_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Block
         * @description Get a single block by ID.
         */
        get: operations["get_block"];
        put?: never;
        post?: never;
        /**
         * Delete Block
         * @description Delete a block from a workflow.
         *
         *     This also deletes any edges connected to this block.
         */
        delete: operations["delete_block"];
        options?: never;
        head?: never;
        /**
         * Update Block
         * @description Update a block with partial data.
         *
         *     Only the provided fields are updated. This enables targeted updates
         *     like position changes without affecting other block properties.
         */
        patch: operations["update_block"];
        trace?: never;
    };
    "/v1/workflows/blocks/{block_id}/validate-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate Block Config
         * @description Validate an assembled block config without mutating the workflow draft.
         */
        post: operations["validate_block_config"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/edges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Edges
         * @description List edges for a workflow with keyset cursor pagination.
         *
         *     Optionally filter by source or target block ID. Sorted by `updated_at`
         *     descending with `id` as the tiebreaker. Pass `after` for the next
         *     page, `before` for the previous page — mutually exclusive.
         */
        get: operations["list_edges"];
        put?: never;
        /**
         * Create Edge
         * @description Create a new edge connecting two blocks.
         *
         *     Validates that:
         *     - Both source and target blocks exist in the workflow
         *     - The connection is semantically valid (type compatibility, container rules, etc.)
         */
        post: operations["create_edge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/edges/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Edge Versions */
        get: operations["list_edge_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/edges/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diff Edge Versions */
        get: operations["diff_edge_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/edges/versions/{edge_version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Edge Version */
        get: operations["get_edge_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/edges/versions/{edge_version_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore Edge Version */
        post: operations["restore_edge_version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/edges/{edge_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Edge
         * @description Get a single edge by ID.
         */
        get: operations["get_edge"];
        put?: never;
        post?: never;
        /**
         * Delete Edge
         * @description Delete an edge from a workflow.
         */
        delete: operations["delete_edge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Evals
         * @description List workflow evals.
         *
         *     Requires `workflow_id` and returns its saved evals as a cursor-paginated
         *     list, each with its latest-run summaries and drift status. Optionally
         *     filter to one block with `target_block_id`. Returns 404 if the workflow
         *     does not exist.
         */
        get: operations["list_workflow_evals"];
        put?: never;
        /**
         * Create Workflow Eval
         * @description Create a workflow eval.
         *
         *     Pins an expected outcome for one block in a workflow. Provide the
         *     `workflow_id`, the `target` block, an `assertion` describing the expected
         *     output, and a `source` of eval inputs (explicit handle inputs or a capture
         *     from a prior run/step). Returns the created eval with status 201.
         */
        post: operations["create_workflow_eval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Eval Results
         * @description List workflow eval results for a single run, page by page.
         *
         *     Results are returned in run-time order.
         */
        get: operations["list_workflow_eval_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals/results/{result_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Eval Result
         * @description Retrieve a single workflow eval result.
         *
         *     Identified by `result_id`. Returns the result for one eval within a run,
         *     including its `verdict` (`passed`, `failed`, or `blocked`), lifecycle,
         *     timing, and any error. Returns 404 if no result with that ID exists.
         */
        get: operations["get_workflow_eval_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Eval Runs
         * @description List workflow eval runs.
         *
         *     Optionally filter by `workflow_id`, `eval_id`, `target_block_id`,
         *     `status`/`exclude_status`, `trigger_type`, and a `from_date`/`to_date`
         *     window. Returns a cursor-paginated list ordered by `sort_by` (default
         *     newest first).
         */
        get: operations["list_workflow_eval_runs"];
        put?: never;
        /**
         * Create Workflow Eval Run
         * @description Create a workflow-scoped eval run.
         *
         *     `workflow_id` is the execution context. Optional `scope` narrows the
         *     run to one saved eval or one block; omitted scope runs all workflow evals.
         */
        post: operations["create_workflow_eval_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Eval Run
         * @description Retrieve a single workflow eval run.
         *
         *     Identified by `run_id`. Returns the run with its lifecycle status, timing,
         *     and pass/fail counts. Returns 404 if no run with that ID exists.
         */
        get: operations["get_workflow_eval_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Workflow Eval Run
         * @description Cancel a workflow eval run.
         *
         *     Identified by `run_id`. Stops the run and returns it with its updated
         *     cancelled lifecycle. Returns 404 if the run does not exist or is not in a
         *     cancellable state.
         */
        post: operations["cancel_workflow_eval_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/evals/{eval_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Eval
         * @description Retrieve a single workflow eval.
         *
         *     Identified by `eval_id`. Returns the eval with its target block,
         *     assertion, input source, and latest-run summaries. Returns 404 if no eval
         *     with that ID exists.
         */
        get: operations["get_workflow_eval"];
        put?: never;
        post?: never;
        /**
         * Delete Workflow Eval
         * @description Delete a workflow eval.
         *
         *     Identified by `eval_id`. Returns 204 on success and 404 if no eval with
         *     that ID exists.
         */
        delete: operations["delete_workflow_eval"];
        options?: never;
        head?: never;
        /**
         * Update Workflow Eval
         * @description Update a workflow eval.
         *
         *     Identified by `eval_id`. Send any of `name`, `assertion`, or `source`;
         *     omitted fields are left unchanged. Returns the updated eval.
         */
        patch: operations["update_workflow_eval"];
        trace?: never;
    };
    "/v1/workflows/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Experiments
         * @description List experiments under one workflow with cursor pagination.
         *
         *     Optionally filter by `block_id`. Each experiment is returned with its
         *     latest-run snapshot, block info, and drift detection.
         */
        get: operations["list_experiments"];
        put?: never;
        /**
         * Create Experiment
         * @description Create an experiment.
         *
         *     When `source_experiment_id` is set, duplicates the source experiment
         *     (block, name + "(Copy)", n_consensus, documents) and rejects any other
         *     field. Otherwise creates a fresh experiment from the provided fields.
         */
        post: operations["create_experiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Experiment Metrics For Run
         * @description Get metrics for an experiment run.
         *
         *     Requires the `run_id` query parameter. Use `view` to choose the breakdown
         *     (`summary`, `by_document`, `by_target`, or `votes`), and narrow with
         *     `document_id` or `target_path`. By default each score-bearing row also
         *     carries a `prior_score` from the previous completed run; pass
         *     `include_prior=false` to omit it or `prior_run_id` to compare against a
         *     specific run.
         */
        get: operations["get_experiment_metrics_for_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Experiment Results
         * @description List per-document results for an experiment run.
         *
         *     Requires the `run_id` query parameter. Returns one result row per document
         *     in the run, with each row's lifecycle status, timing, and produced
         *     artifact, as a cursor-paginated list.
         */
        get: operations["list_experiment_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/results/{result_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Experiment Result
         * @description Retrieve a single experiment result.
         *
         *     Identified by `result_id`. Returns the per-document result with its
         *     lifecycle status, timing, and produced artifact. Returns 404 if no result
         *     with that ID exists.
         */
        get: operations["get_experiment_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Experiment Runs
         * @description List experiment runs.
         *
         *     Optionally filter by `workflow_id`, `experiment_id`, `block_id`,
         *     `status`/`exclude_status`, `trigger_type`, and a `from_date`/`to_date`
         *     window. Returns a cursor-paginated list ordered by `sort_by` (default
         *     newest first).
         */
        get: operations["list_experiment_runs"];
        put?: never;
        /**
         * Create Experiment Run Flat
         * @description Create an experiment run.
         *
         *     The `experiment_id` and an optional `workflow_id` are supplied in the body.
         *     When `workflow_id` is omitted, the experiment's workflow is used; when
         *     supplied, it must match that workflow or the request is rejected with 404.
         */
        post: operations["create_experiment_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Experiment Run
         * @description Retrieve a single experiment run.
         *
         *     Identified by `run_id`. Returns the run with its lifecycle status, timing,
         *     score, and document progress counts. Returns 404 if no run with that ID
         *     exists.
         */
        get: operations["get_experiment_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Experiment Run
         * @description Cancel an experiment run.
         *
         *     Identified by `run_id`. Cancels the run and any of its pending or
         *     in-flight results, returning the run's new `cancelled` lifecycle.
         *     Cancelling an already-cancelled run is idempotent and succeeds. Returns
         *     404 if the run does not exist, or if it has already reached a terminal
         *     `completed` or `error` status — only a pending, queued, or running run
         *     can be cancelled.
         */
        post: operations["cancel_experiment_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/experiments/{experiment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Experiment
         * @description Retrieve a single experiment.
         *
         *     Identified by `experiment_id`. Returns the experiment along with its
         *     latest-run status, score, staleness, and schema-drift detection. Returns
         *     404 if no experiment with that ID exists.
         */
        get: operations["get_experiment"];
        put?: never;
        post?: never;
        /**
         * Delete Experiment
         * @description Delete an experiment.
         *
         *     Identified by `experiment_id`. Also removes the experiment's runs and
         *     results. Returns 204 on success, 404 if not found, and 409 if the latest
         *     run is still pending or running (cancel it first).
         */
        delete: operations["delete_experiment"];
        options?: never;
        head?: never;
        /**
         * Update Experiment
         * @description Update an experiment.
         *
         *     Identified by `experiment_id`. Send any of `name`, `n_consensus`,
         *     `documents`, or `document_captures`; omitted fields are left unchanged.
         *     Returns the updated experiment with its latest-run status and drift info.
         */
        patch: operations["update_experiment"];
        trace?: never;
    };
    "/v1/workflows/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Reviews
         * @description List reviews — the review queue, oldest first by `created_at`.
         */
        get: operations["list_reviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/reviews/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Review Versions
         * @description List versions for one review.
         *
         *     `review_id` is required by design — listing versions across all reviews
         *     has no product use and would expose a needlessly wide query surface.
         */
        get: operations["list_review_versions"];
        put?: never;
        /**
         * Create Review Version
         * @description Create one immutable, content-addressed review version.
         */
        post: operations["create_review_version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/reviews/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Review Version
         * @description Read one review version by its content-addressed id.
         */
        get: operations["get_review_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/reviews/{review_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Review
         * @description Read one review's metadata + decision. Versions are fetched separately.
         */
        get: operations["get_review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/reviews/{review_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Review
         * @description Approve one review version and resume the workflow run.
         *
         *     The response carries `resume_status` so callers can see whether the run
         *     resumed successfully.
         */
        post: operations["approve_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/reviews/{review_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject Review
         * @description Reject one review version and resume the workflow run.
         *
         *     A `reason` is required.
         */
        post: operations["reject_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Runs
         * @description List workflow runs with pagination and optional filters.
         */
        get: operations["list_workflow_runs"];
        put?: never;
        /**
         * Create Workflow Run
         * @description Create a fresh workflow run.
         */
        post: operations["create_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/runs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Workflow Export Payload
         * @description Build CSV content for workflow run exports.
         */
        post: operations["get_workflow_export_payload"];
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
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Run
         * @description Get a single workflow run by ID.
         */
        get: operations["get_workflow_run"];
        put?: never;
        post?: never;
        /**
         * Delete Workflow Run
         * @description Delete a workflow run and its associated step data.
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
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Workflow Run
         * @description Cancel a pending, running, or waiting workflow run.
         */
        post: operations["cancel_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/spec/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply Workflow Spec
         * @description Create a new workflow from a declarative YAML spec.
         *
         *     The workflow id in the YAML is treated as source context, not as the target
         *     workflow id. Use `POST /v1/workflows/{workflow_id}/spec/apply` to modify an
         *     existing workflow draft.
         */
        post: operations["apply_workflow_spec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/spec/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan Workflow Spec
         * @description Preview the changes a declarative YAML spec would make to the draft workflow.
         *
         *     Compares the spec against the current draft and returns the resulting
         *     changes without applying them. A spec that already matches the draft
         *     plans as a no-op.
         */
        post: operations["plan_workflow_spec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/spec/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate Workflow Spec
         * @description Validate declarative YAML without changing the workflow.
         *
         *     Any error-level diagnostic responds with 400 and the structured issues.
         *     Warnings do not make a spec invalid: a warning-only spec responds with
         *     200, `is_valid=True`, and the warnings in `diagnostics`.
         */
        post: operations["validate_workflow_spec"];
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
         * List Workflow Run Steps
         * @description List steps with status and artifact summaries.
         *
         *     Sorted by `started_at` ascending with `step_id` as the tiebreaker
         *     (the same compound key the underlying index uses). Pass `after` for
         *     the next page, `before` for the previous page — mutually exclusive.
         *     `run_id` is optional; when omitted the list is scoped to the caller's
         *     organization.
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
        /**
         * Get Workflow Step
         * @description Get one step by its step id.
         *
         *     Returns the same step shape as `GET /workflows/steps`.
         */
        get: operations["get_workflow_step"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Workflow Versions */
        get: operations["list_workflow_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diff Workflow Versions */
        get: operations["diff_workflow_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/versions/{workflow_version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Workflow Version */
        get: operations["get_workflow_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/versions/{workflow_version_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore Workflow Version */
        post: operations["restore_workflow_version"];
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
         * Get Workflow
         * @description Get a single workflow by ID.
         *
         *     Returns workflow metadata only.
         */
        get: operations["get_workflow"];
        put?: never;
        post?: never;
        /**
         * Delete Workflow
         * @description Delete a workflow and all its associated entities.
         *
         *     This deletes the workflow, all of its blocks and edges, and all of their
         *     snapshots.
         */
        delete: operations["delete_workflow"];
        options?: never;
        head?: never;
        /**
         * Update Workflow
         * @description Update an existing workflow.
         */
        patch: operations["update_workflow"];
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/discard-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard Draft Workflow
         * @description Discard all draft changes and restore the workflow to its published state.
         *
         *     The workflow must already be published.
         */
        post: operations["discard_draft_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Workflow
         * @description Publish a workflow.
         *
         *     This creates an immutable snapshot of the workflow configuration, making it available for workflow runs.
         *     The live entities remain unchanged so users can continue editing.
         */
        post: operations["publish_workflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/spec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Workflow Spec
         * @description Export draft workflow state as canonical declarative YAML.
         */
        get: operations["export_workflow_spec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/spec/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply Existing Workflow Spec
         * @description Apply a declarative YAML spec to an existing workflow draft.
         *
         *     The URL workflow id is the update target. Any workflow id in the YAML is
         *     treated as source context.
         */
        post: operations["apply_existing_workflow_spec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflow_id}/spec/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan Existing Workflow Spec
         * @description Preview applying a declarative YAML spec to an existing workflow draft.
         *
         *     The URL workflow id is the plan target. Any workflow id in the YAML is
         *     treated as source context.
         */
        post: operations["plan_existing_workflow_spec"];
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
         * Actor
         * @description One actor shape for humans, agents, and models.
         */
        Actor: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "model" | "agent" | "human";
            /** Id */
            id: string;
            /** Display Name */
            display_name: string;
        };
        /** AllItemsMatchCondition */
        AllItemsMatchCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "all_items_match";
            /** Condition */
            condition: components["schemas"]["ExistsCondition"] | components["schemas"]["NotExistsCondition"] | components["schemas"]["EqualsCondition"] | components["schemas"]["NotEqualsCondition"] | components["schemas"]["NumberCompareCondition"] | components["schemas"]["ContainsCondition"] | components["schemas"]["ObjectContainsCondition"] | components["schemas"]["ArrayContainsCondition"] | components["schemas"]["MatchesRegexCondition"] | components["schemas"]["JsonSchemaValidCondition"] | components["schemas"]["SimilarityGteCondition"] | components["schemas"]["LlmJudgedAsCondition"] | components["schemas"]["LlmNotJudgedAsCondition"] | components["schemas"]["NotContainsCondition"] | components["schemas"]["LengthCompareCondition"] | components["schemas"]["BetweenCondition"] | components["schemas"]["StartsWithCondition"] | components["schemas"]["EndsWithCondition"] | components["schemas"]["AllItemsMatchCondition"] | components["schemas"]["AnyItemMatchesCondition"] | components["schemas"]["SplitIOUCondition"];
        };
        /** AnyItemMatchesCondition */
        AnyItemMatchesCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "any_item_matches";
            /** Condition */
            condition: components["schemas"]["ExistsCondition"] | components["schemas"]["NotExistsCondition"] | components["schemas"]["EqualsCondition"] | components["schemas"]["NotEqualsCondition"] | components["schemas"]["NumberCompareCondition"] | components["schemas"]["ContainsCondition"] | components["schemas"]["ObjectContainsCondition"] | components["schemas"]["ArrayContainsCondition"] | components["schemas"]["MatchesRegexCondition"] | components["schemas"]["JsonSchemaValidCondition"] | components["schemas"]["SimilarityGteCondition"] | components["schemas"]["LlmJudgedAsCondition"] | components["schemas"]["LlmNotJudgedAsCondition"] | components["schemas"]["NotContainsCondition"] | components["schemas"]["LengthCompareCondition"] | components["schemas"]["BetweenCondition"] | components["schemas"]["StartsWithCondition"] | components["schemas"]["EndsWithCondition"] | components["schemas"]["AllItemsMatchCondition"] | components["schemas"]["AnyItemMatchesCondition"] | components["schemas"]["SplitIOUCondition"];
        };
        /**
         * ApiCallAttempt
         * @description One attempt of an api_call (initial + retries).
         */
        ApiCallAttempt: {
            /**
             * Attempt Number
             * @description 0-based attempt index
             */
            attempt_number: number;
            /** Request Method */
            request_method: string;
            /** Request Url */
            request_url: string;
            /**
             * Request Headers
             * @default {}
             */
            request_headers?: {
                [key: string]: string;
            };
            /** Request Body */
            request_body?: unknown | null;
            /** Response Status */
            response_status?: number | null;
            /**
             * Response Headers
             * @default {}
             */
            response_headers?: {
                [key: string]: string;
            };
            /** Response Body */
            response_body?: unknown | null;
            /** Duration Ms */
            duration_ms?: number | null;
            error?: components["schemas"]["ErrorDetails"] | null;
            /** Started At */
            started_at?: string | null;
            /** Completed At */
            completed_at?: string | null;
        };
        /**
         * ApiCallInvocationWorkflowArtifact
         * @description Record of an API-call block's outbound HTTP request during a run.
         *
         *     Lists each request `attempts` made (including retries) and any `error`
         *     if the call ultimately failed.
         */
        ApiCallInvocationWorkflowArtifact: {
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "api_call_invocation";
            /** Id */
            id: string;
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id: string;
            /**
             * Attempts
             * @default []
             */
            attempts?: components["schemas"]["ApiCallAttempt"][];
            error?: components["schemas"]["ErrorDetails"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at?: string;
        };
        /**
         * ApproveReviewRequest
         * @description Approve a specific version of a review.
         */
        ApproveReviewRequest: {
            /**
             * Version Id
             * @description Exact content-addressed key of the version to approve.
             */
            version_id: string;
            /**
             * Acknowledged Superseded Version Ids
             * @description Version ids the caller has seen and is deliberately superseding. A review's versions form a lineage; deciding (or parenting on) a version that is not its only latest version discards every other latest version, so the server refuses that write with a 409 unless every discarded id is listed here. Leave empty unless you are intentionally rolling back to an earlier version or choosing one arm of a forked lineage. The 409 detail names the exact ids to pass.
             * @default []
             */
            acknowledged_superseded_version_ids?: string[];
        };
        /** ArrayContainsCondition */
        ArrayContainsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "array_contains";
            /** Expected */
            expected: {
                [key: string]: unknown;
            };
        };
        /** ArtifactDrift */
        ArtifactDrift: {
            /**
             * Status
             * @default unknown
             * @enum {string}
             */
            status?: "none" | "drifted" | "broken" | "unknown";
            /**
             * Affected Targets
             * @default []
             */
            affected_targets?: string[];
            /** Detail */
            detail?: string | null;
        };
        /** ArtifactFreshness */
        ArtifactFreshness: {
            /**
             * Status
             * @default unknown
             * @enum {string}
             */
            status?: "fresh" | "stale" | "unknown";
            /**
             * Reasons
             * @default []
             */
            reasons?: ("validity_changed" | "inputs_changed" | "engine_changed" | "metrics_engine_changed" | "no_baseline")[];
            /** Validity Fingerprint */
            validity_fingerprint?: string | null;
            /** Input Fingerprint */
            input_fingerprint?: string | null;
            /** Baseline Run Id */
            baseline_run_id?: string | null;
        };
        /** AssertionFailure */
        AssertionFailure: {
            /** Code */
            code: string;
            /** Message */
            message: string;
            /**
             * Details
             * @default {}
             */
            details?: {
                [key: string]: unknown;
            };
        };
        /**
         * AssertionResult
         * @description Result of evaluating ONE assertion against a block's output.
         *
         *     `outcome` is a verdict only — pass / fail / blocked. An execution
         *     error (the assertion couldn't be evaluated because of a type error,
         *     invalid regex, schema validation crash, block execution crash, etc.) is
         *     expressed by `outcome="blocked"` with a populated `failure` whose
         *     `code` identifies the specific failure mode (`execution_error`,
         *     `type_error`, `invalid_regex`, `schema_invalid`,
         *     `block_execution_failed`, ...).
         */
        AssertionResult: {
            /** Assertion Id */
            assertion_id: string;
            /** Condition Kind */
            condition_kind: string;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "passed" | "failed" | "blocked";
            /**
             * Actual Value
             * @default null
             */
            actual_value?: unknown;
            /**
             * Expected Value
             * @default null
             */
            expected_value?: unknown;
            /** Score */
            score?: number | null;
            /** Threshold */
            threshold?: number | null;
            /** Metric Kind */
            metric_kind?: string | null;
            /** Assertion Label */
            assertion_label?: string | null;
            failure?: components["schemas"]["AssertionFailure"] | null;
        };
        /**
         * AssertionSchemaDep
         * @description Single-rule schema dependency for Level 2 drift detection.
         */
        AssertionSchemaDep: {
            /** Output Handle Id */
            output_handle_id?: string | null;
            /** Schema Path */
            schema_path: string;
            /** Subtree Hash */
            subtree_hash: string;
            /**
             * Depends On Root
             * @default false
             */
            depends_on_root?: boolean;
        };
        /**
         * AssertionSpec
         * @description Block-eval assertion against one declared output handle.
         *
         *     `target` is the only supported shape: an output handle id and an
         *     optional relative path inside that handle's payload.
         */
        AssertionSpec: {
            /** Id */
            id?: string | null;
            target: components["schemas"]["OutputTarget"];
            /** Condition */
            condition: components["schemas"]["ExistsCondition"] | components["schemas"]["NotExistsCondition"] | components["schemas"]["EqualsCondition"] | components["schemas"]["NotEqualsCondition"] | components["schemas"]["NumberCompareCondition"] | components["schemas"]["ContainsCondition"] | components["schemas"]["ObjectContainsCondition"] | components["schemas"]["ArrayContainsCondition"] | components["schemas"]["MatchesRegexCondition"] | components["schemas"]["JsonSchemaValidCondition"] | components["schemas"]["SimilarityGteCondition"] | components["schemas"]["LlmJudgedAsCondition"] | components["schemas"]["LlmNotJudgedAsCondition"] | components["schemas"]["NotContainsCondition"] | components["schemas"]["LengthCompareCondition"] | components["schemas"]["BetweenCondition"] | components["schemas"]["StartsWithCondition"] | components["schemas"]["EndsWithCondition"] | components["schemas"]["AllItemsMatchCondition"] | components["schemas"]["AnyItemMatchesCondition"] | components["schemas"]["SplitIOUCondition"];
            /** Label */
            label?: string | null;
        };
        /**
         * AwaitingReviewRun
         * @description The run is paused on at least one gated block.
         */
        AwaitingReviewRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "awaiting_review";
            /**
             * Waiting For Block Ids
             * @description Block IDs that are waiting for review
             * @default []
             */
            waiting_for_block_ids?: string[];
        };
        /**
         * AwaitingReviewStepLifecycle
         * @description The step is paused on a human review decision.
         */
        AwaitingReviewStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "awaiting_review";
        };
        /** BBox */
        BBox: {
            /**
             * Left
             * @description Left coordinate of the bounding box, relative to page width (0.0 = left edge, 1.0 = right edge).
             */
            left: number;
            /**
             * Top
             * @description Top coordinate of the bounding box, relative to page height (0.0 = top edge, 1.0 = bottom edge).
             */
            top: number;
            /**
             * Width
             * @description Width of the bounding box, relative to page width (0.0–1.0).
             */
            width: number;
            /**
             * Height
             * @description Height of the bounding box, relative to page height (0.0–1.0).
             */
            height: number;
            /**
             * Page
             * @description 1-based index of the page where this field appears.
             */
            page: number;
        };
        /** BetweenCondition */
        BetweenCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "between";
            /** Lower */
            lower: number;
            /** Upper */
            upper: number;
            /**
             * Inclusive
             * @default true
             */
            inclusive?: boolean;
        };
        /**
         * BlockEvalBatchExecutionCounts
         * @description Aggregate counts for a batch of block-eval runs.
         *
         *     Each individual run contributes to exactly one `lifecycle_counts`
         *     bucket, and additionally to one `outcome` bucket when
         *     `lifecycle_counts.completed` is incremented.
         */
        BlockEvalBatchExecutionCounts: {
            /**
             * @default {
             *       "pending": 0,
             *       "queued": 0,
             *       "running": 0,
             *       "completed": 0,
             *       "error": 0,
             *       "cancelled": 0
             *     }
             */
            lifecycle_counts?: components["schemas"]["BlockEvalLifecycleCounts"];
            /**
             * @default {
             *       "passed": 0,
             *       "failed": 0,
             *       "blocked": 0
             *     }
             */
            outcome?: components["schemas"]["BlockEvalOutcomeCounts"];
        };
        /**
         * BlockEvalLifecycleCounts
         * @description Per-lifecycle counts for a batch of block-eval runs.
         */
        BlockEvalLifecycleCounts: {
            /**
             * Pending
             * @default 0
             */
            pending?: number;
            /**
             * Queued
             * @default 0
             */
            queued?: number;
            /**
             * Running
             * @default 0
             */
            running?: number;
            /**
             * Completed
             * @default 0
             */
            completed?: number;
            /**
             * Error
             * @default 0
             */
            error?: number;
            /**
             * Cancelled
             * @default 0
             */
            cancelled?: number;
        };
        /**
         * BlockEvalOutcomeCounts
         * @description Per-outcome counts. Only completed runs contribute to these buckets.
         */
        BlockEvalOutcomeCounts: {
            /**
             * Passed
             * @default 0
             */
            passed?: number;
            /**
             * Failed
             * @default 0
             */
            failed?: number;
            /**
             * Blocked
             * @default 0
             */
            blocked?: number;
        };
        /** BlockExecFileHandleInput */
        BlockExecFileHandleInput: {
            document: components["schemas"]["BlockExecFileRef"];
            /**
             * Type
             * @default file
             * @constant
             */
            type?: "file";
        };
        /**
         * BlockExecFileRef
         * @description Public/shared file reference used across SDK and customer-facing APIs.
         */
        BlockExecFileRef: {
            /**
             * Id
             * @description ID of the file
             */
            id: string;
            /**
             * Filename
             * @description Filename of the file
             */
            filename: string;
            /**
             * Mime Type
             * @description MIME type of the file
             */
            mime_type: string;
        };
        /** BlockExecJsonHandleInput */
        BlockExecJsonHandleInput: {
            /**
             * Data
             * @default null
             */
            data?: unknown;
            /**
             * Type
             * @default json
             * @constant
             */
            type?: "json";
        };
        /**
         * BlockExecution
         * @description The result of executing a single workflow block.
         *
         *     The execution state is carried by the `lifecycle` field.
         */
        BlockExecution: {
            /**
             * Id
             * @description Unique block execution ID
             */
            id: string;
            /**
             * Workflow Id
             * @description Workflow the block belongs to
             */
            workflow_id: string;
            /**
             * Workflow Version Id
             * @description Workflow version whose source run supplied inputs
             */
            workflow_version_id?: string;
            /**
             * Source Run Id
             * @description Workflow run whose inputs were used
             */
            source_run_id: string;
            /**
             * Block Id
             * @description ID of the block that was executed
             */
            block_id: string;
            /**
             * Block Type
             * @description Type of the block
             */
            block_type: string;
            /**
             * Lifecycle
             * @description Lifecycle state for this block execution.
             */
            lifecycle: components["schemas"]["PendingBlockExecutionLifecycle"] | components["schemas"]["QueuedBlockExecutionLifecycle"] | components["schemas"]["RunningBlockExecutionLifecycle"] | components["schemas"]["CompletedBlockExecutionLifecycle"] | components["schemas"]["ErrorBlockExecutionLifecycle"] | components["schemas"]["CancelledBlockExecutionLifecycle"] | components["schemas"]["SkippedBlockExecutionLifecycle"];
            /**
             * Handle Inputs
             * @description Input payloads keyed by handle ID (file metadata for files, data for json)
             */
            handle_inputs?: ({
                [key: string]: components["schemas"]["BlockExecJsonHandleInput"] | components["schemas"]["BlockExecFileHandleInput"];
            } | null) | null;
            /** @description Reference to the artifact produced by this block execution, if any. */
            artifact?: components["schemas"]["StepArtifactRef"] | null;
            /**
             * Handle Outputs
             * @description Output payloads keyed by handle ID
             */
            handle_outputs?: ({
                [key: string]: components["schemas"]["BlockExecJsonHandleInput"] | components["schemas"]["BlockExecFileHandleInput"];
            } | null) | null;
            /**
             * Routing Decisions
             * @description Active output handles for routing decisions
             */
            routing_decisions?: string[] | null;
            /**
             * Duration Ms
             * @description Duration of the block execution in milliseconds
             */
            duration_ms?: number | null;
            /**
             * Created At
             * Format: date-time
             * @description When the block execution record was created
             */
            created_at?: string;
            /**
             * Started At
             * Format: date-time
             * @description When the block execution started
             */
            started_at?: string;
            /**
             * Completed At
             * Format: date-time
             * @description When the block execution completed
             */
            completed_at?: string;
            /** Handle Inputs Fingerprint */
            handle_inputs_fingerprint?: string;
            /** Workflow Draft Fingerprint */
            workflow_draft_fingerprint?: string;
            /** Block Execution Fingerprint */
            block_execution_fingerprint?: string;
            /** Execution Fingerprint */
            execution_fingerprint?: string;
            /**
             * Block Config
             * @description The draft block config used for this block execution
             */
            block_config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Source Step Id
             * @description The step ID that was used for inputs (includes iteration prefix if applicable)
             */
            source_step_id?: string | null;
            /**
             * Available Iterations
             * @description When the block has multiple iterations, lists all available ones
             */
            available_iterations?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * BlockExecutionList
         * @description A page of `BlockExecution` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        BlockExecutionList: {
            /** Data */
            data: components["schemas"]["BlockExecution"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * CancelWorkflowExperimentRunResponse
         * @description Result of cancelling an experiment run: the run `id` and its resulting `lifecycle` state.
         */
        CancelWorkflowExperimentRunResponse: {
            /** Id */
            id: string;
            /** Lifecycle */
            lifecycle: components["schemas"]["PendingWorkflowExperimentRun"] | components["schemas"]["QueuedWorkflowExperimentRun"] | components["schemas"]["RunningWorkflowExperimentRun"] | components["schemas"]["CompletedWorkflowExperimentRun"] | components["schemas"]["ErrorWorkflowExperimentRun"] | components["schemas"]["CancelledWorkflowExperimentRun"];
        };
        /**
         * CancelWorkflowRequest
         * @description Optional request payload for cancel workflow command idempotency.
         */
        CancelWorkflowRequest: {
            /**
             * Command Id
             * @description Optional idempotency key for deduplicating cancel commands
             */
            command_id?: string | null;
        };
        /**
         * CancelWorkflowResponse
         * @description Response for cancel workflow endpoint.
         */
        CancelWorkflowResponse: {
            run: components["schemas"]["WorkflowRun"];
            /**
             * Redis Available
             * @description Whether immediate cancellation signaling was available
             * @default true
             */
            redis_available?: boolean;
            /**
             * Cancellation Status
             * @description Cancellation delivery state from this request
             * @default cancellation_requested
             * @enum {string}
             */
            cancellation_status?: "cancelled" | "cancellation_requested" | "cancellation_failed";
        };
        /**
         * CancelledBlockExecutionLifecycle
         * @description The execution was intentionally stopped before completion.
         */
        CancelledBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            /**
             * Reason
             * @default null
             */
            reason?: unknown;
        };
        /**
         * CancelledStepLifecycle
         * @description The step was cancelled.
         */
        CancelledStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            /**
             * Reason
             * @description Reason the step was cancelled
             */
            reason: string;
        };
        /**
         * CancelledTerminal
         * @description The run was cancelled before reaching a natural terminal state.
         */
        CancelledTerminal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            /**
             * Reason
             * @description Human-readable reason, when known
             */
            reason?: string | null;
        };
        /**
         * CancelledWorkflowEvalRun
         * @description The eval run was cancelled before reaching a natural terminal state.
         */
        CancelledWorkflowEvalRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            /**
             * Reason
             * @description Human-readable reason, when known
             */
            reason?: string | null;
        };
        /**
         * CancelledWorkflowExperimentResult
         * @description The result row was cancelled (typically propagated from a cancelled run).
         */
        CancelledWorkflowExperimentResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            /**
             * Reason
             * @description Human-readable reason, when known
             */
            reason?: string | null;
        };
        /**
         * CancelledWorkflowExperimentRun
         * @description The experiment run was cancelled before reaching a natural terminal state.
         */
        CancelledWorkflowExperimentRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "cancelled";
            /**
             * Reason
             * @description Human-readable reason, when known
             */
            reason?: string | null;
        };
        /** Category */
        Category: {
            /**
             * Name
             * @description The name of the category
             */
            name: string;
            /**
             * Handle Key
             * @description Stable machine key used by workflow classifier output handles
             */
            handle_key?: string | null;
            /**
             * Description
             * @description The description of the category
             * @default
             */
            description?: string;
        };
        /**
         * Classification
         * @description A classification result: the categories a document was scored against and the chosen `output` decision.
         */
        Classification: {
            /**
             * Id
             * @description Unique identifier of the classification
             */
            id: string;
            /** @description Information about the classified file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for classification
             */
            model: string;
            /**
             * Categories
             * @description Categories the document was classified against
             */
            categories: components["schemas"]["Category"][];
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Instructions
             * @description Free-form instructions supplied with the classification request.
             */
            instructions?: string | null;
            /** @description The classification result with reasoning. A degenerate empty decision until status == 'completed'; gate reads on status. */
            output?: components["schemas"]["ClassificationDecision"];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote classification runs */
            consensus?: components["schemas"]["ClassificationConsensus"] | null;
            /** @description Usage information for the classification */
            usage?: components["schemas"]["RetabUsage"] | null;
            /** Created At */
            created_at?: string | null;
        };
        /** ClassificationConsensus */
        ClassificationConsensus: {
            /**
             * Choices
             * @description Alternative classification vote outputs used to build the consolidated result.
             * @default []
             */
            choices?: components["schemas"]["ClassificationDecision"][];
            /**
             * Likelihoods
             * @description Consensus likelihood score (0.0-1.0) of the winning classification.
             * @default 0
             */
            likelihoods?: number;
        };
        /** ClassificationDecision */
        ClassificationDecision: {
            /**
             * Reasoning
             * @description The reasoning for the classification decision
             */
            reasoning: string;
            /**
             * Category
             * @description The category name that the document belongs to
             */
            category: string;
        };
        /**
         * ClassificationList
         * @description A page of `Classification` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        ClassificationList: {
            /** Data */
            data: components["schemas"]["Classification"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * ClassificationWorkflowArtifact
         * @description A classification produced by a workflow run, tagged with its artifact `operation` and creation time.
         */
        ClassificationWorkflowArtifact: {
            /**
             * Id
             * @description Unique identifier of the classification
             */
            id: string;
            /** @description Information about the classified file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for classification
             */
            model: string;
            /**
             * Categories
             * @description Categories the document was classified against
             */
            categories: components["schemas"]["Category"][];
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Instructions
             * @description Free-form instructions supplied with the classification request.
             */
            instructions?: string | null;
            /** @description The classification result with reasoning. A degenerate empty decision until status == 'completed'; gate reads on status. */
            output?: components["schemas"]["ClassificationDecision"];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote classification runs */
            consensus?: components["schemas"]["ClassificationConsensus"] | null;
            /** @description Usage information for the classification */
            usage?: components["schemas"]["RetabUsage"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at: string;
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "classification";
        };
        /**
         * CompleteFileUploadRequest
         * @description Body to finalize a file upload, optionally carrying the uploaded content's `sha256` checksum for verification.
         */
        CompleteFileUploadRequest: {
            /**
             * Sha256
             * @description Optional SHA-256 checksum
             */
            sha256?: string | null;
        };
        /**
         * CompletedBlockExecutionLifecycle
         * @description Terminal: the executed block executed successfully.
         */
        CompletedBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /**
         * CompletedStepLifecycle
         * @description The step finished successfully.
         */
        CompletedStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /**
         * CompletedTerminal
         * @description The run finished successfully.
         */
        CompletedTerminal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /**
         * CompletedWorkflowEvalRun
         * @description The eval run finished. Per-eval verdicts live on each result row.
         */
        CompletedWorkflowEvalRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /**
         * CompletedWorkflowExperimentResult
         * @description The result row finished successfully.
         */
        CompletedWorkflowExperimentResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /**
         * CompletedWorkflowExperimentRun
         * @description The experiment run finished successfully.
         */
        CompletedWorkflowExperimentRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "completed";
        };
        /**
         * ConditionEvaluationDetails
         * @description Detailed evaluation information for frontend display.
         *
         *     The frontend reads evaluation data from this nested 'details' object
         *     for compatibility with the ConditionalEvaluationsTable component.
         */
        ConditionEvaluationDetails: {
            /**
             * Path
             * @description JSON path that was evaluated
             * @default
             */
            path?: string;
            /**
             * Operator
             * @description Comparison operator used
             * @default
             */
            operator?: string;
            /**
             * Expected
             * @description Expected value
             * @default null
             */
            expected?: unknown;
            /**
             * Actual
             * @description Actual value found
             * @default null
             */
            actual?: unknown;
            /**
             * Matched
             * @description Whether the condition matched
             * @default false
             */
            matched?: boolean;
            /**
             * Items
             * @description Per-item breakdown for wildcard array conditions
             */
            items?: components["schemas"]["ConditionEvaluationPerItem"][] | null;
            /**
             * Sub Conditions
             * @description Sub-condition evaluations for compound conditions
             */
            sub_conditions?: components["schemas"]["ConditionEvaluationSubCondition"][] | null;
            /**
             * Logical Operator
             * @description Logical operator combining sub-conditions
             */
            logical_operator?: ("and" | "or") | null;
        };
        /**
         * ConditionEvaluationPerItem
         * @description Per-item evaluation result for wildcard array conditions.
         *
         *     When a condition path contains .*, each array element is evaluated
         *     individually with implicit AND logic (all must match).
         */
        ConditionEvaluationPerItem: {
            /**
             * Index
             * @description Index of this item in the array
             */
            index: number;
            /**
             * Indices
             * @description Hierarchical indices for nested arrays (e.g., [0, 2, 1] for items[0].subitems[2].field[1])
             * @default []
             */
            indices?: number[];
            /**
             * Actual
             * @description Actual value at this index
             * @default null
             */
            actual?: unknown;
            /**
             * Matched
             * @description Whether this item matched the condition
             * @default false
             */
            matched?: boolean;
        };
        /**
         * ConditionEvaluationResult
         * @description Complete evaluation result for a termination condition.
         *
         *     This model represents the full evaluation data sent to the frontend
         *     for displaying in the Exit Trigger Evaluation dialog.
         *
         *     The frontend expects data at both top-level and nested in 'details'
         *     for compatibility with the ConditionalEvaluationsTable component.
         */
        ConditionEvaluationResult: {
            /**
             * Condition Id
             * @description Unique identifier for this condition
             */
            condition_id: string;
            /**
             * Path
             * @description JSON path that was evaluated
             * @default
             */
            path?: string;
            /**
             * Operator
             * @description Comparison operator used
             * @default
             */
            operator?: string;
            /**
             * Expected
             * @description Expected value
             * @default null
             */
            expected?: unknown;
            /**
             * Actual
             * @description Actual value found
             * @default null
             */
            actual?: unknown;
            /**
             * Matched
             * @description Whether the condition matched
             * @default false
             */
            matched?: boolean;
            /**
             * Branch Name
             * @description Branch name (always 'exit' for while-loop termination)
             * @default exit
             */
            branch_name?: string;
            /**
             * Logical Operator
             * @description Logical operator for compound conditions
             */
            logical_operator?: ("and" | "or") | null;
            /**
             * Items
             * @description Per-item breakdown for wildcard array conditions
             */
            items?: components["schemas"]["ConditionEvaluationPerItem"][] | null;
            /**
             * Sub Evaluations
             * @description Sub-condition evaluations for compound conditions
             */
            sub_evaluations?: components["schemas"]["ConditionEvaluationSubCondition"][] | null;
            /** @description Nested details object for frontend compatibility */
            details: components["schemas"]["ConditionEvaluationDetails"];
        };
        /**
         * ConditionEvaluationSubCondition
         * @description Evaluation result for a sub-condition in a compound condition.
         *
         *     Used when multiple conditions are combined with AND/OR operators.
         */
        ConditionEvaluationSubCondition: {
            /**
             * Sub Condition Id
             * @description Identifier for this sub-condition
             */
            sub_condition_id?: string | null;
            /**
             * Path
             * @description JSON path that was evaluated
             * @default
             */
            path?: string;
            /**
             * Operator
             * @description Comparison operator used
             * @default
             */
            operator?: string;
            /**
             * Expected
             * @description Expected value
             * @default null
             */
            expected?: unknown;
            /**
             * Actual
             * @description Actual value found
             * @default null
             */
            actual?: unknown;
            /**
             * Matched
             * @description Whether this sub-condition matched
             * @default false
             */
            matched?: boolean;
            /**
             * Items
             * @description Per-item breakdown if this sub-condition used a wildcard path
             */
            items?: components["schemas"]["ConditionEvaluationPerItem"][] | null;
        };
        /**
         * ConditionalEvaluationWorkflowArtifact
         * @description Record of how a conditional block routed during a workflow run.
         *
         *     Captures each condition that was evaluated (`evaluations`), which output
         *     branches were chosen (`selected_handles`), and the branch and condition
         *     IDs that matched (`matched_branch_id`, `matched_condition_ids`).
         */
        ConditionalEvaluationWorkflowArtifact: {
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "conditional_evaluation";
            /** Id */
            id: string;
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id: string;
            /**
             * Evaluations
             * @default []
             */
            evaluations?: components["schemas"]["ConditionEvaluationResult"][];
            /**
             * Selected Handles
             * @default []
             */
            selected_handles?: string[];
            /** Matched Branch Id */
            matched_branch_id?: string | null;
            /**
             * Matched Condition Ids
             * @default []
             */
            matched_condition_ids?: string[];
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at?: string;
        };
        /**
         * ContainerContextData
         * @description Structured context for a single container in the hierarchy.
         */
        ContainerContextData: {
            /**
             * Container Id
             * @description Container ID (e.g., 'while_loop-abc')
             */
            container_id: string;
            /**
             * Iteration
             * @description Iteration index (0-based)
             */
            iteration: number;
            /**
             * Is Parallel
             * @description Whether this container represents a parallel item
             * @default false
             */
            is_parallel?: boolean;
            /**
             * Parallel Item Index
             * @description Parallel item index if is_parallel
             */
            parallel_item_index?: number | null;
        };
        /** ContainsCondition */
        ContainsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "contains";
            /** Expected */
            expected: unknown;
        };
        /**
         * CreateBlockExecutionRequest
         * @description Re-run a single block.
         *
         *     `block_id` is the block to run; `run_id` is the workflow run that
         *     supplied the original inputs. `step_id` optionally selects a specific
         *     step whose inputs should be used, which is useful for blocks inside a
         *     `for_each` loop.
         */
        CreateBlockExecutionRequest: {
            /**
             * Run Id
             * @description Workflow run id that owns the step.
             */
            run_id: string;
            /**
             * Block Id
             * @description Workflow block id to execute.
             */
            block_id: string;
            /**
             * Step Id
             * @description Optional concrete step id whose inputs should be used. When omitted, the block id is used to look up the step.
             */
            step_id?: string | null;
            /**
             * N Consensus
             * @description Optional override for n_consensus on extract / split / classifier blocks. Must be 3, 5, or 7.
             */
            n_consensus?: number | null;
            /**
             * Check Eligibility
             * @description Whether to verify the upstream subgraph hasn't drifted since the source run. Disable only for explicit force-rerun flows.
             * @default true
             */
            check_eligibility?: boolean;
        };
        /**
         * CreateClassificationRequest
         * @description Public create-classification request body.
         */
        CreateClassificationRequest: {
            /** @description The document to classify */
            document: components["schemas"]["MIMEData"];
            /**
             * Categories
             * @description The categories to classify the document into
             */
            categories: components["schemas"]["Category"][];
            /**
             * Model
             * @description The model to use for classification
             * @default retab-small
             */
            model?: string;
            /**
             * First N Pages
             * @description Only use the first N pages of the document for classification. Useful for large documents where classification can be determined from early pages.
             */
            first_n_pages?: number | null;
            /**
             * Instructions
             * @description Free-form instructions appended to the system prompt to steer the classification.
             */
            instructions?: string | null;
            /**
             * N Consensus
             * @description Number of classification runs to use for consensus voting. Uses deterministic single-pass when set to 1.
             * @default 1
             */
            n_consensus?: number;
            /**
             * Bust Cache
             * @description If true, skip the LLM cache and force a fresh completion
             * @default false
             */
            bust_cache?: boolean;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
        };
        /** CreateConsensusRequest */
        CreateConsensusRequest: {
            /** Include Alignment */
            include_alignment?: boolean;
            /** Inputs */
            inputs: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Json Schema
             * @default {}
             */
            json_schema?: {
                [key: string]: unknown;
            };
        };
        /**
         * CreateEditRequest
         * @description Public create-edit request body.
         */
        CreateEditRequest: {
            /**
             * Instructions
             * @description Instructions describing how to fill the form fields.
             */
            instructions: string;
            /**
             * Document
             * @description Input document (PDF, DOCX, XLSX, or PPTX). Mutually exclusive with template_id.
             */
            document?: components["schemas"]["MIMEData"] | null;
            /**
             * Template Id
             * @description EditTemplate id to fill. When provided, uses the template's pre-defined form fields and empty PDF. Mutually exclusive with document.
             */
            template_id?: string | null;
            /**
             * Model
             * @description The model to use for edit inference.
             * @default retab-small
             */
            model?: string;
            /**
             * @description Edit configuration (rendering options).
             * @default {
             *       "color": "#000080"
             *     }
             */
            config?: components["schemas"]["EditConfig"];
            /**
             * Bust Cache
             * @description If true, skip the LLM cache and force a fresh completion.
             * @default false
             */
            bust_cache?: boolean;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
        };
        /**
         * CreateEditTemplateRequest
         * @description Public create-edit-template request body.
         */
        CreateEditTemplateRequest: {
            /**
             * Name
             * @description Name of the template.
             */
            name: string;
            /** @description The PDF document to use as the empty template. */
            document: components["schemas"]["MIMEData"];
            /**
             * Form Fields
             * @description Form fields to attach to the template.
             */
            form_fields: components["schemas"]["FormField"][];
        };
        /**
         * CreateExperimentRequest
         * @description Create an experiment, in one of two modes.
         *
         *     - **Create from scratch** — provide `block_id`, `name`, optional
         *       `document_captures`/`documents`/`n_consensus`. Leave
         *       `source_experiment_id` unset.
         *     - **Duplicate an existing experiment** — provide only
         *       `source_experiment_id`. The source's block, name (with a `(Copy)`
         *       suffix), `n_consensus`, and documents are copied. All other fields
         *       must be omitted.
         *
         *     Combining `source_experiment_id` with any other field is rejected.
         */
        CreateExperimentRequest: {
            /** Workflow Id */
            workflow_id: string;
            /** Block Id */
            block_id?: string | null;
            /** Document Captures */
            document_captures?: components["schemas"]["ExperimentDocumentCaptureRequest"][] | null;
            /** Documents */
            documents?: components["schemas"]["ExplicitExperimentDocumentRequest"][] | null;
            /** N Consensus */
            n_consensus?: (3 | 5 | 7) | null;
            /** Name */
            name?: string | null;
            /** Source Experiment Id */
            source_experiment_id?: string | null;
        };
        /**
         * CreateExperimentRunRequest
         * @description Request body to create an experiment run.
         *
         *     `workflow_id` is optional; when omitted it is taken from the experiment,
         *     and when supplied it must match the experiment's workflow.
         */
        CreateExperimentRunRequest: {
            /**
             * Experiment Id
             * @description The experiment to create a run for.
             */
            experiment_id: string;
            /**
             * Workflow Id
             * @description Optional. When omitted, the workflow is derived from the experiment record. When supplied, must match the experiment's workflow_id (404 otherwise).
             */
            workflow_id?: string | null;
            /**
             * Plan Token
             * @description Optional short-lived token returned by the run-plan preview. When supplied, run creation rejects if the current plan no longer matches the preview.
             */
            plan_token?: string | null;
        };
        /**
         * CreateExtractionRequest
         * @description Request to run a structured extraction on a single document.
         *
         *     Extends the base extraction request with the `document` to process (either
         *     inline content or a reference to a previously uploaded file) and a `stream`
         *     flag that controls whether results are returned incrementally.
         */
        CreateExtractionRequest: {
            document: components["schemas"]["MIMEData"];
            /**
             * Json Schema
             * @description JSON schema describing the structured output
             */
            json_schema: {
                [key: string]: unknown;
            };
            /**
             * Model
             * @description The model to use for the extraction
             * @default retab-small
             */
            model?: string;
            /**
             * Instructions
             * @description Free-form instructions appended to the system prompt to steer the extraction.
             */
            instructions?: string | null;
            /**
             * N Consensus
             * @description Number of consensus extraction runs to perform. Uses deterministic single-pass when set to 1.
             * @default 1
             */
            n_consensus?: number;
            /**
             * Metadata
             * @description User-defined metadata to associate with this extraction
             */
            metadata?: {
                [key: string]: string;
            } | null;
            /**
             * Additional Messages
             * @description Additional chat messages forwarded to the extraction model.
             */
            additional_messages?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Bust Cache
             * @description If true, skip the LLM cache and force a fresh completion
             * @default false
             */
            bust_cache?: boolean;
            /**
             * Stream
             * @default false
             */
            stream?: boolean;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
            /**
             * Deep Extraction
             * @description Optimizes for accuracy over latency in documents with very large arrays.
             * @default false
             */
            deep_extraction?: boolean;
        };
        /**
         * CreateFileBlueprintRequest
         * @description Public create-file-blueprint request body.
         */
        CreateFileBlueprintRequest: {
            /**
             * File Id
             * @description File id to analyze.
             */
            file_id: string;
            /**
             * Intent
             * @description Optional user intent used to guide the blueprint analysis.
             */
            intent?: string | null;
            /**
             * Mode
             * @description Legacy compatibility field. Blueprint analysis always runs a single pass.
             */
            mode?: ("instant" | "reasoning") | null;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
        };
        /**
         * CreateFileUploadResponse
         * @description Instructions for uploading file content to a reserved file record.
         *
         *     Returned when starting a file upload. Carries the new `file_id`, a
         *     short-lived signed `upload_url` with the HTTP method and headers to use,
         *     a durable reference to the file, and the URL's `expires_at` time.
         */
        CreateFileUploadResponse: {
            /**
             * Fileid
             * @description Underlying file ID
             */
            fileId: string;
            /**
             * Uploadurl
             * @description Short-lived signed upload URL
             */
            uploadUrl: string;
            /**
             * Uploadmethod
             * @description HTTP method for upload
             * @default PUT
             */
            uploadMethod?: string;
            /**
             * Uploadheaders
             * @description Headers required by the signed upload URL
             * @default {}
             */
            uploadHeaders?: {
                [key: string]: string;
            };
            /** @description Durable Retab MIMEData reference */
            mimeData?: components["schemas"]["MIMEData"] | null;
            /**
             * Expiresat
             * Format: date-time
             * @description Upload URL expiration
             */
            expiresAt: string;
        };
        /**
         * CreateParseRequest
         * @description Public create-parse request body.
         */
        CreateParseRequest: {
            /** @description The document to parse */
            document: components["schemas"]["MIMEData"];
            /**
             * Model
             * @description The model to use for parsing
             * @default retab-small
             */
            model?: string;
            /**
             * Table Parsing Format
             * @description Format used to render tables extracted from the document
             * @default html
             * @enum {string}
             */
            table_parsing_format?: "markdown" | "yaml" | "html" | "json";
            /**
             * Instructions
             * @description Free-form instructions appended to the system prompt to steer the parse.
             */
            instructions?: string | null;
            /**
             * Bust Cache
             * @description If true, skip the LLM cache and force a fresh completion
             * @default false
             */
            bust_cache?: boolean;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
        };
        /**
         * CreatePartitionRequest
         * @description Public create-partition request body.
         */
        CreatePartitionRequest: {
            /** @description The document to partition */
            document: components["schemas"]["MIMEData"];
            /**
             * Key
             * @description The key to partition the document by
             */
            key: string;
            /**
             * Instructions
             * @description Instructions describing how the document should be partitioned
             */
            instructions: string;
            /**
             * Model
             * @description The model to use for partitioning
             * @default retab-small
             */
            model?: string;
            /**
             * N Consensus
             * @description Number of partitioning runs to use for consensus voting. Uses deterministic single-pass when set to 1.
             * @default 1
             */
            n_consensus?: number;
            /**
             * Allow Overlap
             * @description If true, allow a page to appear in more than one partition chunk
             * @default true
             */
            allow_overlap?: boolean;
            /**
             * Bust Cache
             * @description If true, skip the LLM cache and force a fresh completion
             * @default false
             */
            bust_cache?: boolean;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
        };
        /**
         * CreateReviewVersionRequest
         * @description Create a corrected version of a review.
         *
         *     `parent_id` must reference an existing version under the same
         *     `review_id`.
         */
        CreateReviewVersionRequest: {
            /** Review Id */
            review_id: string;
            /** Parent Id */
            parent_id: string;
            /**
             * Snapshot
             * @description The full reviewed snapshot to store as an immutable version. The object must match the gated block type: extract uses the raw output object; classifier uses {'category': string}; split uses {'documents': [{'name': string, 'pages': positive sorted int[]}]}; for_each uses {'partitions': [{'key': string, 'pages': positive sorted int[]}]}. The server validates the shape and stores the exact submitted object when valid.
             */
            snapshot: {
                [key: string]: unknown;
            };
            /** Note */
            note?: string | null;
            /**
             * Acknowledged Superseded Version Ids
             * @description Version ids the caller has seen and is deliberately superseding. A review's versions form a lineage; deciding (or parenting on) a version that is not its only latest version discards every other latest version, so the server refuses that write with a 409 unless every discarded id is listed here. Leave empty unless you are intentionally rolling back to an earlier version or choosing one arm of a forked lineage. The 409 detail names the exact ids to pass.
             * @default []
             */
            acknowledged_superseded_version_ids?: string[];
        };
        /** CreateSecretRequest */
        CreateSecretRequest: {
            /** Name */
            name: string;
            /** Value */
            value: string;
        };
        /**
         * CreateSplitRequest
         * @description Request body to create a split.
         */
        CreateSplitRequest: {
            /** @description The document to split */
            document: components["schemas"]["MIMEData"];
            /**
             * Subdocuments
             * @description The subdocuments to split the document into
             */
            subdocuments: components["schemas"]["Subdocument"][];
            /**
             * Model
             * @description The model to use to split the document
             * @default retab-small
             */
            model?: string;
            /**
             * Instructions
             * @description Free-form instructions appended to the system prompt to steer the split.
             */
            instructions?: string | null;
            /**
             * N Consensus
             * @description Number of consensus split runs to perform. Uses deterministic single-pass when set to 1.
             * @default 1
             */
            n_consensus?: number;
            /**
             * Bust Cache
             * @description If true, skip the LLM cache and force a fresh completion
             * @default false
             */
            bust_cache?: boolean;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued' and an empty output. Poll GET /v1/<primitive>/{id} until status is terminal. Mutually exclusive with stream.
             * @default false
             */
            background?: boolean;
        };
        /**
         * CreateWorkflowBlockRequest
         * @description Create a new block in a workflow.
         */
        CreateWorkflowBlockRequest: {
            /**
             * Workflow Id
             * @description Workflow to create the block in.
             */
            workflow_id: string;
            /**
             * Id
             * @description Block ID. Omit to let the server generate one (recommended). Block IDs must be unique across your organization, not just within a workflow — reusing a custom id like 'block_extract' in more than one workflow fails with 409.
             */
            id?: string | null;
            /**
             * Type
             * @description Block type
             * @enum {string}
             */
            type: "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts";
            /**
             * Label
             * @description Display label
             * @default
             */
            label?: string;
            /**
             * Position X
             * @description X position
             * @default 0
             */
            position_x?: number;
            /**
             * Position Y
             * @description Y position
             * @default 0
             */
            position_y?: number;
            /**
             * Width
             * @description Block width
             */
            width?: number | null;
            /**
             * Height
             * @description Block height
             */
            height?: number | null;
            /**
             * Config
             * @description Block configuration
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Parent Id
             * @description ID of parent container block (while_loop, for_each)
             */
            parent_id?: string | null;
        };
        /**
         * CreateWorkflowEdgeRequest
         * @description Create a new edge connecting two blocks in a workflow.
         */
        CreateWorkflowEdgeRequest: {
            /**
             * Workflow Id
             * @description Workflow to create the edge in.
             */
            workflow_id: string;
            /**
             * Id
             * @description Edge ID. Omit to let the server generate one (recommended).
             */
            id?: string | null;
            /**
             * Source Block
             * @description Source block ID
             */
            source_block: string;
            /**
             * Target Block
             * @description Target block ID
             */
            target_block: string;
            /**
             * Source Handle
             * @description Output handle
             */
            source_handle?: string | null;
            /**
             * Target Handle
             * @description Input handle
             */
            target_handle?: string | null;
        };
        /**
         * CreateWorkflowEvalRequest
         * @description Body to create a workflow eval: the target block, an input `source`, and an `assertion` to evaluate its output.
         */
        CreateWorkflowEvalRequest: {
            /** Workflow Id */
            workflow_id: string;
            target: components["schemas"]["WorkflowEvalBlockTarget"];
            /** Source */
            source: components["schemas"]["ManualWorkflowEvalSource"] | components["schemas"]["RunStepWorkflowEvalSource"];
            /** Name */
            name?: string | null;
            assertion: components["schemas"]["AssertionSpec"];
        };
        /**
         * CreateWorkflowEvalRunRequest
         * @description Create a workflow eval run. Provide a `workflow_id`, and optionally narrow execution with `scope` to a single eval or one block. Omit `scope` to run every saved workflow eval.
         */
        CreateWorkflowEvalRunRequest: {
            /** Workflow Id */
            workflow_id: string;
            /**
             * Scope
             * @description Optional execution scope. Omit (or pass null) to run every saved eval in the workflow.
             */
            scope?: (components["schemas"]["WorkflowEvalRunSingleScope"] | components["schemas"]["WorkflowEvalRunWorkflowScope"] | components["schemas"]["WorkflowEvalRunBlockScope"]) | null;
        };
        /**
         * CreateWorkflowRequest
         * @description Body for creating a workflow. Supply a `name` and optional `description`; the workflow starts empty.
         */
        CreateWorkflowRequest: {
            /**
             * Name
             * @description The name of the workflow
             * @default Untitled Workflow
             */
            name?: string;
            /**
             * Description
             * @description Description of the workflow
             * @default
             */
            description?: string;
            /**
             * Project Id
             * @description Project that should own this workflow.
             */
            project_id: string;
        };
        /**
         * CreateWorkflowRunRequest
         * @description Create a new workflow run from a workflow id, an optional version selector, and optional inputs.
         */
        CreateWorkflowRunRequest: {
            /**
             * Workflow Id
             * @description Workflow id for the fresh run.
             */
            workflow_id: string;
            /**
             * Documents
             * @description Mapping of start_document block IDs to their input documents.
             */
            documents?: {
                [key: string]: components["schemas"]["MIMEData"];
            };
            /**
             * Json Inputs
             * @description Mapping of start-json block IDs to their input JSON data.
             */
            json_inputs?: {
                [key: string]: unknown;
            };
            /**
             * Version
             * @description Workflow version to run: 'production', 'draft', or a pinned version id like 'ver_...'. Only valid for fresh-run creation.
             * @example production
             * @example draft
             * @example ver_abc123def456
             */
            version?: string;
            /**
             * Metadata
             * @description User-defined metadata to associate with this workflow run.
             */
            metadata?: {
                [key: string]: string;
            } | null;
        };
        /** CreateWorkflowTableUploadRequest */
        CreateWorkflowTableUploadRequest: {
            /** Name */
            name: string;
            /** File */
            file: string;
            /** Column Schema Overrides */
            column_schema_overrides?: string | null;
            /** Project Id */
            project_id?: string | null;
        };
        /**
         * Decision
         * @description The terminal decision recorded against one review version.
         */
        Decision: {
            /**
             * Verdict
             * @enum {string}
             */
            verdict: "approved" | "rejected";
            /** Version Id */
            version_id: string;
            author: components["schemas"]["Actor"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Reason */
            reason?: string | null;
        };
        /**
         * DeclarativeApplyResponse
         * @description The outcome of applying a workflow YAML definition: whether the workflow was `created`, the changes made, and a `rendered_plan`.
         */
        DeclarativeApplyResponse: {
            /** Workflow Id */
            workflow_id: string;
            /**
             * Action
             * @enum {string}
             */
            action: "create" | "update" | "noop";
            /** Created */
            created: boolean;
            /** Block Count */
            block_count: number;
            /** Edge Count */
            edge_count: number;
            /** Diagnostics */
            diagnostics: {
                [key: string]: unknown;
            };
            /**
             * Format Version
             * @default workflows-plan/v1
             */
            format_version?: string;
            /**
             * @default {
             *       "add": 0,
             *       "change": 0,
             *       "destroy": 0,
             *       "replace": 0,
             *       "noop": 0,
             *       "total": 0,
             *       "has_changes": false
             *     }
             */
            summary?: components["schemas"]["DeclarativePlanSummary"];
            /**
             * Resource Changes
             * @default []
             */
            resource_changes?: components["schemas"]["DeclarativePlanResourceChange"][];
            /**
             * Rendered Plan
             * @default No changes. Workflow spec is up to date.
             */
            rendered_plan?: string;
        };
        /**
         * DeclarativeExportResponse
         * @description A workflow exported as its YAML definition.
         */
        DeclarativeExportResponse: {
            /** Workflow Id */
            workflow_id: string;
            /** Yaml Definition */
            yaml_definition: string;
        };
        /** DeclarativePlanChange */
        DeclarativePlanChange: {
            /** Before */
            before?: unknown | null;
            /** After */
            after?: unknown | null;
            /**
             * Before Sensitive
             * @default null
             */
            before_sensitive?: unknown;
            /**
             * After Sensitive
             * @default null
             */
            after_sensitive?: unknown;
            /**
             * Field Changes
             * @default []
             */
            field_changes?: components["schemas"]["DeclarativePlanFieldChange"][];
        };
        /** DeclarativePlanFieldChange */
        DeclarativePlanFieldChange: {
            /** Path */
            path: (string | number)[];
            /** Path Display */
            path_display: string;
            /**
             * Action
             * @enum {string}
             */
            action: "create" | "update" | "delete";
            /** Before */
            before?: unknown | null;
            /** After */
            after?: unknown | null;
            /**
             * Before Sensitive
             * @default false
             */
            before_sensitive?: boolean;
            /**
             * After Sensitive
             * @default false
             */
            after_sensitive?: boolean;
            /** Unified Diff */
            unified_diff?: string | null;
        };
        /** DeclarativePlanResourceChange */
        DeclarativePlanResourceChange: {
            /** Address */
            address: string;
            /**
             * Target
             * @enum {string}
             */
            target: "workflow" | "block" | "edge";
            /** Target Id */
            target_id: string;
            /** Name */
            name: string;
            /**
             * Type
             * @description Resource kind for this plan entry. `workflow` and `edge` are flat singletons; for `target='block'` this carries the block's concrete type (e.g. `extract`, `api_call`) so the plan summary can render type-specific labels.
             * @enum {string}
             */
            type: "workflow" | "edge" | "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts" | "while_loop_sentinel_start" | "while_loop_sentinel_end" | "for_each_sentinel_start" | "for_each_sentinel_end";
            /** Actions */
            actions: ("create" | "update" | "delete")[];
            /** Summary */
            summary: string;
            change: components["schemas"]["DeclarativePlanChange"];
            /** Path */
            path?: string | null;
        };
        /**
         * DeclarativePlanResponse
         * @description A preview of the changes a workflow YAML definition would make, with a per-resource diff and a human-readable `rendered_plan`.
         */
        DeclarativePlanResponse: {
            /** Workflow Id */
            workflow_id: string;
            /**
             * Action
             * @enum {string}
             */
            action: "create" | "update" | "noop";
            /** Block Count */
            block_count: number;
            /** Edge Count */
            edge_count: number;
            /** Diagnostics */
            diagnostics: {
                [key: string]: unknown;
            };
            /**
             * Format Version
             * @default workflows-plan/v1
             */
            format_version?: string;
            /**
             * @default {
             *       "add": 0,
             *       "change": 0,
             *       "destroy": 0,
             *       "replace": 0,
             *       "noop": 0,
             *       "total": 0,
             *       "has_changes": false
             *     }
             */
            summary?: components["schemas"]["DeclarativePlanSummary"];
            /**
             * Resource Changes
             * @default []
             */
            resource_changes?: components["schemas"]["DeclarativePlanResourceChange"][];
            /**
             * Rendered Plan
             * @default No changes. Workflow spec is up to date.
             */
            rendered_plan?: string;
        };
        /** DeclarativePlanSummary */
        DeclarativePlanSummary: {
            /**
             * Add
             * @default 0
             */
            add?: number;
            /**
             * Change
             * @default 0
             */
            change?: number;
            /**
             * Destroy
             * @default 0
             */
            destroy?: number;
            /**
             * Replace
             * @default 0
             */
            replace?: number;
            /**
             * Noop
             * @default 0
             */
            noop?: number;
            /**
             * Total
             * @default 0
             */
            total?: number;
            /**
             * Has Changes
             * @default false
             */
            has_changes?: boolean;
        };
        /**
         * DeclarativeValidationResponse
         * @description Result of validating a workflow YAML definition: whether it `is_valid`, block/edge counts, and `diagnostics`.
         */
        DeclarativeValidationResponse: {
            /** Workflow Id */
            workflow_id: string;
            /** Block Count */
            block_count: number;
            /** Edge Count */
            edge_count: number;
            /** Is Valid */
            is_valid: boolean;
            /** Diagnostics */
            diagnostics: {
                [key: string]: unknown;
            };
        };
        /**
         * DeclarativeWorkflowRequest
         * @description Body carrying a workflow's full YAML definition for validate, plan, apply, or export.
         */
        DeclarativeWorkflowRequest: {
            /**
             * Yaml Definition
             * @description Workflow YAML definition
             */
            yaml_definition: string;
            /**
             * Project Id
             * @description Project that should own a workflow created from this spec. Required when applying a spec that creates a new workflow.
             */
            project_id?: string | null;
        };
        /**
         * Edit
         * @description An edit result: form-field values written onto a document or template PDF.
         */
        Edit: {
            /**
             * Id
             * @description Unique identifier of the edit.
             */
            id: string;
            /** @description Information about the source file (input document or template PDF). */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the edit operation.
             */
            model: string;
            /**
             * Instructions
             * @description Free-form instructions supplied with the edit request.
             */
            instructions?: string | null;
            /** @description Configuration used for the edit operation. */
            config: components["schemas"]["EditConfig"];
            /**
             * Template Id
             * @description Template id used when the edit was created from a template; null for direct-document edits.
             */
            template_id?: string | null;
            /** @description The edit result: filled form fields and the rendered PDF. An empty sentinel until status == 'completed'; gate reads on status. */
            output?: components["schemas"]["EditResult"];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Durable file reference for the filled document, when materialized. */
            filled_document_ref?: components["schemas"]["FileRef"] | null;
            /** @description Usage information for the edit operation. */
            usage?: components["schemas"]["RetabUsage"] | null;
            /** Created At */
            created_at?: string | null;
        };
        /** EditConfig */
        EditConfig: {
            /**
             * Color
             * @description Hex code of the color to use for the filled text.
             * @default #000080
             */
            color?: string | null;
        };
        /**
         * EditList
         * @description A page of `Edit` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        EditList: {
            /** Data */
            data: components["schemas"]["Edit"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** EditResult */
        EditResult: {
            /**
             * Form Data
             * @description Filled form fields (positions, descriptions, and filled values).
             */
            form_data: components["schemas"]["FormField"][];
            /** @description PDF with the filled form values rendered in. */
            filled_document: components["schemas"]["MIMEData"];
        };
        /**
         * EditTemplate
         * @description A reusable edit template: an empty PDF and the `form_fields` defined on it.
         */
        EditTemplate: {
            /**
             * Id
             * @description Unique identifier of the template.
             */
            id: string;
            /**
             * Name
             * @description Name of the template.
             */
            name: string;
            /** @description File information for the empty PDF template. */
            file: components["schemas"]["FileRef"];
            /**
             * Form Fields
             * @description Form fields attached to the template.
             */
            form_fields?: components["schemas"]["FormField"][] | null;
            /**
             * Field Count
             * @description Number of form fields in the template.
             * @default 0
             */
            field_count?: number | null;
            /**
             * Created At
             * @description Timestamp of creation.
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description Timestamp of last update.
             */
            updated_at?: string | null;
        };
        /**
         * EditTemplateList
         * @description A page of `EditTemplate` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        EditTemplateList: {
            /** Data */
            data: components["schemas"]["EditTemplate"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * EditWorkflowArtifact
         * @description An edit produced by a workflow run, tagged with its artifact `operation` and creation time.
         */
        EditWorkflowArtifact: {
            /**
             * Id
             * @description Unique identifier of the edit.
             */
            id: string;
            /** @description Information about the source file (input document or template PDF). */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the edit operation.
             */
            model: string;
            /**
             * Instructions
             * @description Free-form instructions supplied with the edit request.
             */
            instructions?: string | null;
            /** @description Configuration used for the edit operation. */
            config: components["schemas"]["EditConfig"];
            /**
             * Template Id
             * @description Template id used when the edit was created from a template; null for direct-document edits.
             */
            template_id?: string | null;
            /** @description The edit result: filled form fields and the rendered PDF. An empty sentinel until status == 'completed'; gate reads on status. */
            output?: components["schemas"]["EditResult"];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Durable file reference for the filled document, when materialized. */
            filled_document_ref?: components["schemas"]["FileRef"] | null;
            /** @description Usage information for the edit operation. */
            usage?: components["schemas"]["RetabUsage"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at?: string;
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "edit";
        };
        /** EndsWithCondition */
        EndsWithCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "ends_with";
            /** Expected */
            expected: string;
        };
        /** EqualsCondition */
        EqualsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "equals";
            /** Expected */
            expected: unknown;
        };
        /**
         * ErrorBlockExecutionLifecycle
         * @description Terminal: the executed block raised. `message` is the executor's
         *     error string.
         */
        ErrorBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            /**
             * Message
             * @description Human-readable error message
             */
            message: string;
        };
        /**
         * ErrorDetails
         * @description Detailed error information for debugging.
         *
         *     Captures stack traces and context about where and why an error occurred.
         */
        ErrorDetails: {
            /**
             * Message
             * @description Human-readable error message. Free-text; the structured fields below are the machine-readable counterpart.
             */
            message?: string | null;
            /**
             * Stack Trace
             * @description Full stack trace
             */
            stack_trace?: string | null;
            /**
             * Block Id
             * @description ID of the block that failed
             */
            block_id?: string | null;
            /**
             * Block Name
             * @description Name/label of the block that failed
             */
            block_name?: string | null;
            /**
             * Error Code
             * @description Error code if available
             */
            error_code?: string | null;
            /**
             * Context
             * @description Additional context about the error
             */
            context?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * ErrorStepLifecycle
         * @description The step failed. Error details are bundled into lifecycle.
         */
        ErrorStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            /**
             * Message
             * @description Human-readable error message
             */
            message: string;
            /** Stage */
            stage?: ("input_collection" | "registry_lookup" | "document_fetch" | "execution" | "output_storage" | "routing" | "history_payload") | null;
            /** Category */
            category?: ("transient" | "permanent" | "quota") | null;
            details?: components["schemas"]["ErrorDetails"] | null;
        };
        /**
         * ErrorTerminal
         * @description The run failed. All loose error fields are bundled here.
         */
        ErrorTerminal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            /**
             * Message
             * @description Human-readable error message
             */
            message: string;
            /**
             * Stage
             * @description Which execution stage failed
             */
            stage?: ("input_collection" | "registry_lookup" | "document_fetch" | "execution" | "output_storage" | "routing" | "history_payload") | null;
            /**
             * Category
             * @description Error category for retry decisions
             */
            category?: ("transient" | "permanent" | "quota") | null;
            /** @description Detailed error context including stack trace */
            details?: components["schemas"]["ErrorDetails"] | null;
            /**
             * Failing Step Id
             * @description Step ID of the failing step, when the failure was attributable to a specific step
             */
            failing_step_id?: string | null;
        };
        /**
         * ErrorWorkflowEvalRun
         * @description The eval run failed. The error message lives on this variant.
         *
         *     Carries the same structured `details` envelope as workflow runs so
         *     consumers can branch on `error_code` / `stage` rather than parsing
         *     a free-text message.
         */
        ErrorWorkflowEvalRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            /**
             * Message
             * @description Human-readable error message
             * @default (no message)
             */
            message?: string;
            /** @description Structured error context including stack trace */
            details?: components["schemas"]["ErrorDetails"] | null;
        };
        /**
         * ErrorWorkflowExperimentResult
         * @description The result row failed. Per-job error message is bundled into lifecycle.
         */
        ErrorWorkflowExperimentResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            /**
             * Message
             * @description Human-readable error message
             * @default (no message)
             */
            message?: string;
            /** @description Structured error context including stack trace */
            details?: components["schemas"]["ErrorDetails"] | null;
        };
        /**
         * ErrorWorkflowExperimentRun
         * @description The experiment run failed.
         *
         *     Carries a human-readable `message` and a structured `details` envelope
         *     consumers can branch on instead of parsing free text.
         */
        ErrorWorkflowExperimentRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "error";
            /**
             * Message
             * @description Human-readable error message
             * @default (no message)
             */
            message?: string;
            /** @description Structured error context including stack trace */
            details?: components["schemas"]["ErrorDetails"] | null;
        };
        /** EvalFileHandleInput */
        EvalFileHandleInput: {
            document: components["schemas"]["EvalPublicFileRef"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "file";
        };
        /** EvalJsonHandleInput */
        EvalJsonHandleInput: {
            /**
             * Data
             * @default null
             */
            data?: unknown;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "json";
        };
        /**
         * EvalPublicFileRef
         * @description Public/shared file reference used across SDK and customer-facing APIs.
         */
        EvalPublicFileRef: {
            /**
             * Id
             * @description ID of the file
             */
            id: string;
            /**
             * Filename
             * @description Filename of the file
             */
            filename: string;
            /**
             * Mime Type
             * @description MIME type of the file
             */
            mime_type: string;
        };
        /**
         * EvalRunBlockTarget
         * @description Public workflow-eval target.
         *
         *     The storage layer remains block-scoped today, but the API shape names the
         *     tested entity explicitly so workflow-level targets can be added later.
         */
        EvalRunBlockTarget: {
            /**
             * Type
             * @default block
             * @constant
             */
            type?: "block";
            /** Block Id */
            block_id: string;
        };
        /**
         * EvalRunFreshness
         * @description Compatibility envelope on WorkflowEvalRun. This is not the authoritative stale/fresh verdict for saved eval definitions; use WorkflowEval.freshness for current staleness presentation.
         */
        EvalRunFreshness: {
            /**
             * Status
             * @default unknown
             * @enum {string}
             */
            status?: "fresh" | "stale" | "unknown";
            /**
             * Reasons
             * @default []
             */
            reasons?: ("validity_changed" | "inputs_changed" | "engine_changed" | "metrics_engine_changed" | "no_baseline")[];
            /** Validity Fingerprint */
            validity_fingerprint: string | null;
            /** Input Fingerprint */
            input_fingerprint: string | null;
            /** Baseline Run Id */
            baseline_run_id: string | null;
        };
        /** EvalRunTrigger */
        EvalRunTrigger: {
            /**
             * Type
             * @enum {string}
             */
            type: "manual" | "api" | "schedule" | "webhook" | "email" | "custom" | "restart";
        };
        /** ExistsCondition */
        ExistsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "exists";
        };
        /**
         * ExperimentByDocumentMetricsResponse
         * @description One document's compact per-target breakdown.
         */
        ExperimentByDocumentMetricsResponse: {
            /** Run Id */
            run_id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "by_document";
            /**
             * View
             * @default by_document
             * @constant
             */
            view?: "by_document";
            document: components["schemas"]["ExperimentMetricDocumentRef"];
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
            confusion?: components["schemas"]["ExperimentDocumentConfusionMetric"] | null;
            /**
             * Targets
             * @default []
             */
            targets?: components["schemas"]["ExperimentByDocumentTargetMetric"][];
        };
        /**
         * ExperimentByDocumentTargetMetric
         * @description Compact target score returned by the per-document metrics view.
         */
        ExperimentByDocumentTargetMetric: {
            /** Path */
            path: string;
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
            /** Value */
            value?: unknown | null;
        };
        /**
         * ExperimentByTargetDocumentMetric
         * @description Compact document score returned by the per-target metrics view.
         */
        ExperimentByTargetDocumentMetric: {
            /** Id */
            id: string;
            /** Filename */
            filename: string;
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
            /** Value */
            value?: unknown | null;
        };
        /**
         * ExperimentByTargetMetricsResponse
         * @description One target's compact per-document distribution.
         */
        ExperimentByTargetMetricsResponse: {
            /** Run Id */
            run_id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "by_target";
            /**
             * View
             * @default by_target
             * @constant
             */
            view?: "by_target";
            /** Target */
            target: string;
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
            confusion?: components["schemas"]["ExperimentTargetConfusionMetric"] | null;
            /**
             * Documents
             * @default []
             */
            documents?: components["schemas"]["ExperimentByTargetDocumentMetric"][];
        };
        /**
         * ExperimentConfusionFlowMetric
         * @description One non-diagonal confusion flow between two labels.
         */
        ExperimentConfusionFlowMetric: {
            /** Source */
            source: string;
            /** Target */
            target: string;
            /** Score */
            score: number;
        };
        /**
         * ExperimentConfusionSummaryAggregate
         * @description Split/classifier diagnostics attached to the summary response.
         */
        ExperimentConfusionSummaryAggregate: {
            /**
             * Diag
             * @default {}
             */
            diag?: {
                [key: string]: number;
            };
            /**
             * Flows
             * @default []
             */
            flows?: components["schemas"]["ExperimentConfusionFlowMetric"][];
        };
        /**
         * ExperimentDocumentCaptureRequest
         * @description Capture one experiment document from workflow execution provenance.
         */
        ExperimentDocumentCaptureRequest: {
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id?: string | null;
        };
        /**
         * ExperimentDocumentConfusionMetric
         * @description Document-local confusion summary for split/classifier blocks.
         */
        ExperimentDocumentConfusionMetric: {
            /**
             * Diag
             * @default {}
             */
            diag?: {
                [key: string]: number;
            };
            /**
             * Flows
             * @default []
             */
            flows?: components["schemas"]["ExperimentConfusionFlowMetric"][];
        };
        /**
         * ExperimentDocumentProvenance
         * @description Workflow execution metadata attached to a captured document.
         */
        ExperimentDocumentProvenance: {
            /** Run Id */
            run_id?: string | null;
            /** Step Id */
            step_id?: string | null;
        };
        /**
         * ExperimentExtractSummaryAggregate
         * @description Extract-only diagnostics attached to the summary response.
         */
        ExperimentExtractSummaryAggregate: {
            /**
             * Likelihoods
             * @default {}
             */
            likelihoods?: {
                [key: string]: number;
            };
        };
        /**
         * ExperimentMetricDocumentRef
         * @description Document identity used by compact metric responses.
         */
        ExperimentMetricDocumentRef: {
            /** Id */
            id: string;
            /** Filename */
            filename: string;
        };
        /**
         * ExperimentMetricsMissingError
         * @description Returned when the experiment has no runs at all.
         */
        ExperimentMetricsMissingError: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "no_metrics";
            /**
             * Error
             * @default no_metrics
             * @constant
             */
            error?: "no_metrics";
            /** Experiment Id */
            experiment_id: string;
            /** Message */
            message: string;
        };
        /**
         * ExperimentMetricsStaleError
         * @description Returned when the latest run's config or document set has drifted
         *     from the current draft, so its metrics no longer reflect the
         *     experiment's definition.
         */
        ExperimentMetricsStaleError: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "stale_metrics";
            /**
             * Error
             * @default stale_metrics
             * @constant
             */
            error?: "stale_metrics";
            /** Experiment Id */
            experiment_id: string;
            /**
             * Stale Reasons
             * @default []
             */
            stale_reasons?: string[];
            last_run: components["schemas"]["MetricsStaleErrorLastRun"];
            /** Current Block Execution Fingerprint */
            current_block_execution_fingerprint?: string | null;
            /** Message */
            message: string;
        };
        /** ExperimentResultTiming */
        ExperimentResultTiming: {
            /** Created At */
            created_at?: string | null;
            /** Started At */
            started_at?: string | null;
            /** Completed At */
            completed_at?: string | null;
            /** Duration Ms */
            duration_ms?: number | null;
        };
        /** ExperimentRunTiming */
        ExperimentRunTiming: {
            /**
             * Created At
             * Format: date-time
             * @description When the experiment run record was created
             */
            created_at?: string;
            /** Started At */
            started_at?: string | null;
            /** Completed At */
            completed_at?: string | null;
            /** Duration Ms */
            duration_ms?: number | null;
        };
        /** ExperimentRunTrigger */
        ExperimentRunTrigger: {
            /** Type */
            type?: string | null;
        };
        /**
         * ExperimentSummaryMetricDocument
         * @description Lightweight document row returned by the summary view.
         */
        ExperimentSummaryMetricDocument: {
            /** Id */
            id: string;
            /** Filename */
            filename: string;
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
        };
        /**
         * ExperimentSummaryMetricsResponse
         * @description Run-level summary plus block-specific diagnostics.
         *
         *     `prior_run_id` + `prior_score` populate when the request opts into
         *     prior-comparison and a completed prior run exists.
         *
         *     `score` and `documents` cover only the documents that produced a result.
         *     Compare `scored_document_count` against `total_document_count` to see
         *     whether any of the run's documents failed and were left out.
         */
        ExperimentSummaryMetricsResponse: {
            /** Experiment Id */
            experiment_id: string;
            /** Run Id */
            run_id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "summary";
            /**
             * View
             * @default summary
             * @constant
             */
            view?: "summary";
            /** Block Execution Fingerprint */
            block_execution_fingerprint?: string | null;
            /**
             * Block Type
             * @enum {string}
             */
            block_type: "extract" | "classifier" | "split" | "for_each";
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
            /**
             * Documents
             * @default []
             */
            documents?: components["schemas"]["ExperimentSummaryMetricDocument"][];
            /** Scored Document Count */
            scored_document_count?: number;
            /** Total Document Count */
            total_document_count?: number;
            /** Aggregate */
            aggregate?: components["schemas"]["ExperimentExtractSummaryAggregate"] | components["schemas"]["ExperimentConfusionSummaryAggregate"] | null;
            /** Prior Run Id */
            prior_run_id?: string | null;
        };
        /**
         * ExperimentTargetConfusionMetric
         * @description Directional confusion slice for one split/classifier target.
         */
        ExperimentTargetConfusionMetric: {
            /** Self */
            self?: number | null;
            /**
             * Flow From
             * @default {}
             */
            flow_from?: {
                [key: string]: number;
            };
            /**
             * Flow To
             * @default {}
             */
            flow_to?: {
                [key: string]: number;
            };
        };
        /**
         * ExperimentVoteRow
         * @description Consensus and flat voter values for one selected target row.
         */
        ExperimentVoteRow: {
            /** Consensus */
            consensus?: unknown | null;
            /**
             * Votes
             * @default []
             */
            votes?: unknown[];
            /** Score */
            score?: number | null;
            /** Row Presence Score */
            row_presence_score?: number | null;
            /** Present Voter Count */
            present_voter_count?: number | null;
            /** Total Voter Count */
            total_voter_count?: number | null;
        };
        /**
         * ExperimentVotesMetricDocument
         * @description Document identity for the vote matrix response.
         */
        ExperimentVotesMetricDocument: {
            /** Id */
            id: string;
            /** Filename */
            filename: string;
        };
        /**
         * ExperimentVotesMetricsResponse
         * @description One document/target vote matrix with flat consensus rows.
         */
        ExperimentVotesMetricsResponse: {
            /** Run Id */
            run_id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "votes";
            /**
             * View
             * @default votes
             * @constant
             */
            view?: "votes";
            document: components["schemas"]["ExperimentVotesMetricDocument"];
            /** Target */
            target: string;
            /** Score */
            score?: number | null;
            /** Prior Score */
            prior_score?: number | null;
            /**
             * Rows
             * @default []
             */
            rows?: components["schemas"]["ExperimentVoteRow"][];
        };
        /** ExplicitExperimentDocumentRequest */
        ExplicitExperimentDocumentRequest: {
            /** Handle Inputs */
            handle_inputs: {
                [key: string]: components["schemas"]["JsonHandleInput"] | components["schemas"]["FileHandleInput"];
            };
            provenance?: components["schemas"]["ExperimentDocumentProvenance"] | null;
        };
        /**
         * Extraction
         * @description A stored extraction record from the Retab API.
         */
        Extraction: {
            /**
             * Id
             * @description Unique identifier of the extraction
             */
            id: string;
            /** @description Information about the extracted file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the extraction
             */
            model: string;
            /**
             * Json Schema
             * @description JSON schema used for the extraction
             */
            json_schema: {
                [key: string]: unknown;
            };
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Instructions
             * @description Free-form instructions supplied with the extraction request.
             */
            instructions?: string | null;
            /**
             * Output
             * @description The extracted structured data
             */
            output: {
                [key: string]: unknown;
            };
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote extraction runs */
            consensus?: components["schemas"]["ExtractionConsensus"] | null;
            /** Metadata */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Usage information for the extraction */
            usage?: components["schemas"]["RetabUsage"] | null;
            /** Created At */
            created_at?: string | null;
        };
        /** ExtractionConsensus */
        ExtractionConsensus: {
            /**
             * Choices
             * @description Alternative extraction vote outputs used to build the consolidated result.
             * @default []
             */
            choices?: {
                [key: string]: unknown;
            }[];
            /**
             * Likelihoods
             * @description Consensus likelihood tree mirroring the extraction output. Scalar leaves carry per-value voter-agreement in [0, 1]; list leaves carry one entry per matched list item.
             */
            likelihoods?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * ExtractionList
         * @description A page of `Extraction` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        ExtractionList: {
            /** Data */
            data: components["schemas"]["Extraction"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * ExtractionSources
         * @description An extraction's output annotated with the source that backs each value.
         *
         *     Returned when fetching the sources for an extraction. Carries the source `file`
         *     and its detected `document_type`, the original `extraction` output, and a
         *     parallel `sources` tree where each leaf is a `{value, source}` object locating
         *     the value in the document (a page region for PDFs, a cell for spreadsheets, a
         *     text span for plain text, and so on).
         */
        ExtractionSources: {
            /**
             * Object
             * @default extraction.sources
             * @constant
             */
            object?: "extraction.sources";
            /**
             * Extraction Id
             * @description ID of the extraction
             */
            extraction_id: string;
            /**
             * Document Type
             * @description Detected document type of the source file
             * @enum {string}
             */
            document_type: "pdf" | "image" | "csv" | "xlsx" | "docx" | "txt";
            /** @description Source file metadata (id, filename, mime_type). */
            file: components["schemas"]["FileRef"];
            /**
             * Extraction
             * @description Original extraction output
             */
            extraction: {
                [key: string]: unknown;
            };
            /**
             * Sources
             * @description Same shape as extraction but leaves are {value, source} objects. Non-null source entries include file_id.
             */
            sources: {
                [key: string]: unknown;
            };
        };
        /**
         * ExtractionWorkflowArtifact
         * @description An extraction produced by a workflow run, tagged with its artifact `operation` and creation time.
         */
        ExtractionWorkflowArtifact: {
            /**
             * Id
             * @description Unique identifier of the extraction
             */
            id: string;
            /** @description Information about the extracted file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the extraction
             */
            model: string;
            /**
             * Json Schema
             * @description JSON schema used for the extraction
             */
            json_schema: {
                [key: string]: unknown;
            };
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Instructions
             * @description Free-form instructions supplied with the extraction request.
             */
            instructions?: string | null;
            /**
             * Output
             * @description The extracted structured data
             */
            output: {
                [key: string]: unknown;
            };
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote extraction runs */
            consensus?: components["schemas"]["ExtractionConsensus"] | null;
            /** Metadata */
            metadata?: {
                [key: string]: string;
            } | null;
            /** @description Usage information for the extraction */
            usage?: components["schemas"]["RetabUsage"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at?: string;
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "extraction";
        };
        /**
         * FieldType
         * @enum {string}
         */
        FieldType: "text" | "checkbox";
        /**
         * File
         * @description An uploaded file: its `id`, `filename`, MIME type, page count, and timestamps.
         */
        File: {
            /**
             * Object
             * @default file
             * @constant
             */
            object?: "file";
            /**
             * Id
             * @description The unique identifier of the file
             */
            id: string;
            /**
             * Filename
             * @description The name of the file
             */
            filename: string;
            /**
             * Mime Type
             * @description The MIME type of the file
             */
            mime_type?: string | null;
            /**
             * Created At
             * @description When the file was created
             */
            created_at?: string | null;
            /**
             * Updated At
             * @description When the file was last updated
             */
            updated_at?: string | null;
            /**
             * Page Count
             * @description Number of pages in the file
             */
            page_count?: number | null;
        };
        /**
         * FileBlueprint
         * @description A document blueprint generated from an uploaded file.
         */
        FileBlueprint: {
            /**
             * Object
             * @default file.blueprint
             * @constant
             */
            object?: "file.blueprint";
            /**
             * Id
             * @description Unique identifier of the file blueprint.
             */
            id: string;
            /** @description Information about the analyzed file. */
            file: components["schemas"]["FileRef"];
            /**
             * Intent
             * @description User intent supplied with the blueprint request.
             */
            intent?: string | null;
            /**
             * Output
             * @description The generated Document Blueprint payload.
             * @default {}
             */
            output?: {
                [key: string]: unknown;
            };
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** Created At */
            created_at?: string | null;
            /** Started At */
            started_at?: string | null;
            /** Completed At */
            completed_at?: string | null;
            /** Mode */
            mode?: ("instant" | "reasoning") | null;
        };
        /**
         * FileHandleInput
         * @description File reference for a handle input.
         */
        FileHandleInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "file";
            document: components["schemas"]["ResultFileRef"];
        };
        /**
         * FileLink
         * @description A short-lived signed link to download a file, with its `filename` and expiry.
         */
        FileLink: {
            /**
             * Download Url
             * @description The signed URL to download the file
             */
            download_url: string;
            /**
             * Expires In
             * @description The expiration time of the signed URL
             */
            expires_in: string;
            /**
             * Filename
             * @description The name of the file
             */
            filename: string;
            /** @description Durable Retab MIMEData reference for API reuse */
            mime_data?: components["schemas"]["MIMEData"] | null;
        };
        /**
         * FileList
         * @description A page of `File` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        FileList: {
            /** Data */
            data: components["schemas"]["File"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * FileRef
         * @description Public/shared file reference used across SDK and customer-facing APIs.
         */
        FileRef: {
            /**
             * Id
             * @description ID of the file
             */
            id: string;
            /**
             * Filename
             * @description Filename of the file
             */
            filename: string;
            /**
             * Mime Type
             * @description MIME type of the file
             */
            mime_type: string;
        };
        /** FormField */
        FormField: {
            /** @description Position and size of this field on the page. */
            bbox: components["schemas"]["BBox"];
            /**
             * Description
             * @description Human-readable description of the field, including label and instructions.
             */
            description: string;
            /** @description Type of field. Currently supported: 'text' and 'checkbox'. */
            type: components["schemas"]["FieldType"];
            /**
             * Key
             * @description Stable key identifying the field in the form data.
             */
            key: string;
            /**
             * Value
             * @description Filled value of the field as text. Null when no filled value is set.
             */
            value?: string | null;
        };
        /**
         * FunctionInvocationWorkflowArtifact
         * @description Record of a function block's execution during a workflow run.
         *
         *     Captures the `inputs` passed to the function, the `output` it returned,
         *     how long it ran (`duration_ms`), and any `error` if execution failed.
         */
        FunctionInvocationWorkflowArtifact: {
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "function_invocation";
            /** Id */
            id: string;
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id: string;
            /**
             * Inputs
             * @default {}
             */
            inputs?: {
                [key: string]: unknown;
            };
            /** Output */
            output?: unknown | null;
            /** Duration Ms */
            duration_ms?: number | null;
            error?: components["schemas"]["ErrorDetails"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at?: string;
        };
        /**
         * GenerateSchemaRequest
         * @description Body to generate a JSON schema from example `documents`, optionally steered by `instructions`.
         */
        GenerateSchemaRequest: {
            /** Documents */
            documents: components["schemas"]["MIMEData"][];
            /**
             * Model
             * @default retab-small
             */
            model?: string;
            /** Instructions */
            instructions?: string | null;
            /**
             * Background
             * @description If true, run asynchronously: returns immediately with status 'queued'. Poll GET /v1/schemas/generate/{schema_generation_id} until status is terminal.
             * @default false
             */
            background?: boolean;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /**
             * Detail
             * @default []
             */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * JsonHandleInput
         * @description JSON payload for a handle input. `data` is the raw JSON value.
         */
        JsonHandleInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "json";
            /**
             * Data
             * @default null
             */
            data?: unknown;
        };
        /** JsonSchemaValidCondition */
        JsonSchemaValidCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "json_schema_valid";
            /** Schema */
            schema?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * LatestBlockEvalRunSummary
         * @description Summary of the most recent block-eval run.
         *
         *     Execution status and verdict outcome are exposed as separate fields.
         *     The summary is written on terminal-state transitions, so in practice
         *     `status` is one of `completed | error | cancelled` and `outcome` is
         *     populated when `status == "completed"`.
         */
        LatestBlockEvalRunSummary: {
            /** Run Record Id */
            run_record_id: string;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "queued" | "running" | "completed" | "error" | "cancelled";
            /** Outcome */
            outcome?: ("passed" | "failed" | "blocked") | null;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /** Completed At */
            completed_at?: string | null;
            /** Duration Ms */
            duration_ms?: number | null;
            /** Workflow Draft Fingerprint */
            workflow_draft_fingerprint?: string | null;
            /** Block Execution Fingerprint */
            block_execution_fingerprint?: string | null;
            /** Validity Fingerprint */
            validity_fingerprint?: string | null;
            /** Handle Inputs Fingerprint */
            handle_inputs_fingerprint?: string | null;
            /**
             * Assertions Passed
             * @default 0
             */
            assertions_passed?: number;
            /**
             * Assertions Failed
             * @default 0
             */
            assertions_failed?: number;
            /**
             * Blocked Assertions
             * @default 0
             */
            blocked_assertions?: number;
        };
        /** LengthCompareCondition */
        LengthCompareCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "length_compare";
            /**
             * Op
             * @enum {string}
             */
            op: "gt" | "gte" | "lt" | "lte" | "eq" | "neq";
            /** Expected */
            expected: number;
        };
        /**
         * ListMetadata
         * @description Boundary resource IDs for page navigation.
         */
        ListMetadata: {
            /** Before */
            before: string | null;
            /** After */
            after: string | null;
        };
        /** LlmJudgedAsCondition */
        LlmJudgedAsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "llm_judged_as";
            /** Rubric */
            rubric: string;
            /** Expected Label */
            expected_label?: string | null;
        };
        /** LlmNotJudgedAsCondition */
        LlmNotJudgedAsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "llm_not_judged_as";
            /** Rubric */
            rubric: string;
            /** Expected Label */
            expected_label?: string | null;
        };
        /**
         * MIMEData
         * @description A file represented by its `filename` and a base64 data `url`.
         */
        MIMEData: {
            /**
             * Filename
             * @description The filename of the file
             * @example file.pdf
             * @example image.png
             * @example data.txt
             */
            filename: string;
            /**
             * Url
             * @description The URL of the file in base64 format
             * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADIA...
             */
            url: string;
        };
        /** ManualWorkflowEvalSource */
        ManualWorkflowEvalSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "manual";
            /**
             * Handle Inputs
             * @default {}
             */
            handle_inputs?: {
                [key: string]: components["schemas"]["EvalJsonHandleInput"] | components["schemas"]["EvalFileHandleInput"];
            };
        };
        /** MatchesRegexCondition */
        MatchesRegexCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "matches_regex";
            /** Pattern */
            pattern: string;
        };
        /** MetricsStaleErrorLastRun */
        MetricsStaleErrorLastRun: {
            /** Run Id */
            run_id: string;
            /** Block Execution Fingerprint */
            block_execution_fingerprint?: string | null;
            /** Score */
            score?: number | null;
            /** Created At */
            created_at?: string | null;
        };
        /** NotContainsCondition */
        NotContainsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "not_contains";
            /** Expected */
            expected: unknown;
        };
        /** NotEqualsCondition */
        NotEqualsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "not_equals";
            /** Expected */
            expected: unknown;
        };
        /** NotExistsCondition */
        NotExistsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "not_exists";
        };
        /** NumberCompareCondition */
        NumberCompareCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "number_compare";
            /**
             * Op
             * @enum {string}
             */
            op: "gt" | "gte" | "lt" | "lte" | "eq" | "neq";
            /** Expected */
            expected: number;
        };
        /** ObjectContainsCondition */
        ObjectContainsCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "object_contains";
            /** Expected */
            expected: {
                [key: string]: unknown;
            };
        };
        /**
         * OutputTarget
         * @description Structured block-eval assertion target.
         */
        OutputTarget: {
            /** Output Handle Id */
            output_handle_id: string;
            /** Path */
            path?: string | null;
        };
        /**
         * Parse
         * @description A parse result: the per-page and full-document text extracted from a document.
         */
        Parse: {
            /**
             * Id
             * @description Unique identifier of the parse
             */
            id: string;
            /** @description Information about the parsed file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for parsing
             */
            model: string;
            /**
             * Table Parsing Format
             * @description Format used to render tables extracted from the document
             * @enum {string}
             */
            table_parsing_format: "markdown" | "yaml" | "html" | "json";
            /**
             * Instructions
             * @description Free-form instructions supplied with the parse request.
             */
            instructions?: string | null;
            /** @description The parsed document content */
            output: components["schemas"]["ParseOutput"];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Usage information for the parse operation */
            usage?: components["schemas"]["RetabUsage"] | null;
            /** Created At */
            created_at?: string | null;
        };
        /**
         * ParseList
         * @description A page of `Parse` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        ParseList: {
            /** Data */
            data: components["schemas"]["Parse"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** ParseOutput */
        ParseOutput: {
            /**
             * Pages
             * @description Text content of each page (1-indexed order)
             */
            pages: string[];
            /**
             * Text
             * @description Concatenated text content of the full document
             */
            text: string;
        };
        /**
         * ParseWorkflowArtifact
         * @description A parse produced by a workflow run, tagged with its artifact `operation` and creation time.
         */
        ParseWorkflowArtifact: {
            /**
             * Id
             * @description Unique identifier of the parse
             */
            id: string;
            /** @description Information about the parsed file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for parsing
             */
            model: string;
            /**
             * Table Parsing Format
             * @description Format used to render tables extracted from the document
             * @enum {string}
             */
            table_parsing_format: "markdown" | "yaml" | "html" | "json";
            /**
             * Instructions
             * @description Free-form instructions supplied with the parse request.
             */
            instructions?: string | null;
            /** @description The parsed document content */
            output: components["schemas"]["ParseOutput"];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Usage information for the parse operation */
            usage?: components["schemas"]["RetabUsage"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at: string;
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "parse";
        };
        /**
         * Partition
         * @description A partition result: a document segmented into chunks along the requested `key`.
         */
        Partition: {
            /**
             * Id
             * @description Unique identifier of the partition
             */
            id: string;
            /** @description Information about the partitioned file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the partition operation
             */
            model: string;
            /**
             * Key
             * @description Partition key used for the run
             */
            key: string;
            /**
             * Instructions
             * @description Free-form instructions supplied with the partition request
             */
            instructions?: string | null;
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Allow Overlap
             * @description Whether pages were allowed to appear in more than one partition chunk
             * @default true
             */
            allow_overlap?: boolean;
            /**
             * Output
             * @description The list of partition chunks with their assigned pages. Empty [] until status == 'completed'.
             * @default []
             */
            output?: components["schemas"]["PartitionChunk"][];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote partition runs */
            consensus?: components["schemas"]["PartitionConsensus"] | null;
            /** @description Usage information for the partition operation */
            usage?: components["schemas"]["RetabUsage"] | null;
            /** Created At */
            created_at?: string | null;
        };
        /** PartitionChunk */
        PartitionChunk: {
            /**
             * Key
             * @description The partition key value for this chunk
             */
            key: string;
            /**
             * Pages
             * @description The pages assigned to this partition chunk (1-indexed)
             * @default []
             */
            pages?: number[];
        };
        /** PartitionChunkLikelihood */
        PartitionChunkLikelihood: {
            /**
             * Key
             * @description Confidence that this partition key value is correct
             */
            key?: number | null;
            /**
             * Pages
             * @description Confidence for each page in the corresponding partition chunk.pages array
             * @default []
             */
            pages?: number[];
        };
        /** PartitionConsensus */
        PartitionConsensus: {
            /**
             * Choices
             * @description Alternative partition vote outputs used to build the consolidated result.
             * @default []
             */
            choices?: components["schemas"]["PartitionChunk"][][];
            /**
             * Likelihoods
             * @description Consensus likelihoods aligned with the partition output.
             * @default []
             */
            likelihoods?: components["schemas"]["PartitionChunkLikelihood"][];
        };
        /**
         * PartitionList
         * @description A page of `Partition` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        PartitionList: {
            /** Data */
            data: components["schemas"]["Partition"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * PartitionWorkflowArtifact
         * @description A partition produced by a workflow run, tagged with its artifact `operation` and creation time.
         */
        PartitionWorkflowArtifact: {
            /**
             * Id
             * @description Unique identifier of the partition
             */
            id: string;
            /** @description Information about the partitioned file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the partition operation
             */
            model: string;
            /**
             * Key
             * @description Partition key used for the run
             */
            key: string;
            /**
             * Instructions
             * @description Free-form instructions supplied with the partition request
             */
            instructions?: string | null;
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Allow Overlap
             * @description Whether pages were allowed to appear in more than one partition chunk
             * @default true
             */
            allow_overlap?: boolean;
            /**
             * Output
             * @description The list of partition chunks with their assigned pages. Empty [] until status == 'completed'.
             * @default []
             */
            output?: components["schemas"]["PartitionChunk"][];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote partition runs */
            consensus?: components["schemas"]["PartitionConsensus"] | null;
            /** @description Usage information for the partition operation */
            usage?: components["schemas"]["RetabUsage"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at?: string;
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "partition";
        };
        /**
         * PendingBlockExecutionLifecycle
         * @description The execution row exists but has not been dispatched.
         */
        PendingBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /**
         * PendingRun
         * @description The run has been created but execution has not started.
         */
        PendingRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /**
         * PendingStepLifecycle
         * @description The step has been created but execution has not started.
         */
        PendingStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /**
         * PendingWorkflowEvalRun
         * @description The eval run has been created but execution has not started.
         */
        PendingWorkflowEvalRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /**
         * PendingWorkflowExperimentResult
         * @description The result row has been created but execution has not started.
         */
        PendingWorkflowExperimentResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /**
         * PendingWorkflowExperimentRun
         * @description The experiment run has been created but execution has not started.
         */
        PendingWorkflowExperimentRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "pending";
        };
        /** PrimitiveError */
        PrimitiveError: {
            /**
             * Code
             * @description Machine-readable error code.
             */
            code: string;
            /**
             * Message
             * @description Human-readable error message.
             */
            message: string;
            /**
             * Details
             * @description Optional structured error context.
             */
            details?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * PublicHandlePayload
         * @description Public handle payload exposed by workflow step APIs.
         */
        PublicHandlePayload: {
            /**
             * Type
             * @description Type of payload
             * @enum {string}
             */
            type: "file" | "json";
            /** @description For file handles: document reference */
            document?: components["schemas"]["FileRef"] | null;
            /**
             * Data
             * @description For JSON handles: structured data
             * @default null
             */
            data?: unknown;
        };
        /**
         * PublishWorkflowRequest
         * @description Optional request body for publishing a workflow.
         */
        PublishWorkflowRequest: {
            /**
             * Description
             * @description Optional description for this published version
             * @default
             */
            description?: string;
        };
        /** QueryWorkflowTableRequest */
        QueryWorkflowTableRequest: {
            /**
             * Filters
             * @default []
             */
            filters?: components["schemas"]["WorkflowTableFilterRule"][];
            search?: components["schemas"]["WorkflowTableSearchRequest"] | null;
            /**
             * Case Sensitive
             * @default false
             */
            case_sensitive?: boolean;
            /**
             * Select
             * @default []
             */
            select?: string[];
            distinct?: components["schemas"]["WorkflowTableDistinctRequest"] | null;
            /**
             * Group By
             * @default []
             */
            group_by?: string[];
            /**
             * Aggregations
             * @default []
             */
            aggregations?: components["schemas"]["WorkflowTableAggregationRequest"][];
            /**
             * Sort
             * @default []
             */
            sort?: components["schemas"]["WorkflowTableSortRule"][];
            sample?: components["schemas"]["WorkflowTableSampleRequest"] | null;
            tail?: components["schemas"]["WorkflowTableTailRequest"] | null;
            /**
             * Count Only
             * @default false
             */
            count_only?: boolean;
            /**
             * Include Explain
             * @default false
             */
            include_explain?: boolean;
            /** Sort Column */
            sort_column?: string | null;
            sort_direction?: components["schemas"]["WorkflowTableSortDirection"] | null;
            /** Viewer Mode */
            viewer_mode?: "windowed" | null;
            /**
             * Offset
             * @default 0
             */
            offset?: number;
            /** Limit */
            limit?: number | null;
        };
        /**
         * QueuedBlockExecutionLifecycle
         * @description Dispatch has been requested for this execution.
         */
        QueuedBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "queued";
        };
        /**
         * QueuedStepLifecycle
         * @description The step is queued for execution.
         */
        QueuedStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "queued";
        };
        /**
         * QueuedWorkflowEvalRun
         * @description The eval run is enqueued and waiting for a worker.
         */
        QueuedWorkflowEvalRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "queued";
        };
        /**
         * QueuedWorkflowExperimentResult
         * @description The result row is enqueued and waiting for a worker.
         */
        QueuedWorkflowExperimentResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "queued";
        };
        /**
         * QueuedWorkflowExperimentRun
         * @description The experiment run is enqueued and waiting for a worker.
         */
        QueuedWorkflowExperimentRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "queued";
        };
        /** ReconciliationAlignment */
        ReconciliationAlignment: {
            /** Aligned Inputs */
            aligned_inputs: {
                [key: string]: unknown;
            }[] | null;
            /** Path Alignments */
            path_alignments: components["schemas"]["ReconciliationPathAlignment"][] | null;
            /** Reference Index */
            reference_index: number;
        };
        /** ReconciliationField */
        ReconciliationField: {
            /** Likelihood */
            likelihood: number;
            /** Path */
            path: string;
            /** Supporting Input Count */
            supporting_input_count: number;
            /** Total Input Count */
            total_input_count: number;
            /** Value */
            value: unknown;
        };
        /** ReconciliationPathAlignment */
        ReconciliationPathAlignment: {
            /** Canonical Path */
            canonical_path: string;
            /** Source Paths */
            source_paths: (string | null)[] | null;
        };
        /** ReconciliationResult */
        ReconciliationResult: {
            alignment: components["schemas"]["ReconciliationAlignment"];
            /** Consensus */
            consensus: {
                [key: string]: unknown;
            };
            /** Fields */
            fields: components["schemas"]["ReconciliationField"][] | null;
            /** Likelihoods */
            likelihoods: {
                [key: string]: number;
            };
        };
        /** ReconstructDocumentRef */
        ReconstructDocumentRef: {
            /** Filename */
            filename: string;
            /** Id */
            id: string;
            /** Mime Type */
            mime_type?: string;
        };
        /** ReconstructEnrichedRow */
        ReconstructEnrichedRow: {
            /** Cells */
            cells: string[];
        };
        /** ReconstructEnrichedTable */
        ReconstructEnrichedTable: {
            /** Csv */
            csv: string;
            /** Header */
            header: string[];
            /** Label */
            label: string;
            /** Rows */
            rows: components["schemas"]["ReconstructEnrichedRow"][];
        };
        /** ReconstructEnrichmentOptions */
        ReconstructEnrichmentOptions: {
            /** Fill Key Spans */
            fill_key_spans?: boolean | null;
            /** Flatten Header */
            flatten_header?: boolean | null;
            /** Promote Sections */
            promote_sections?: boolean | null;
        };
        /** ReconstructRequest */
        ReconstructRequest: {
            document: components["schemas"]["ReconstructDocumentRef"];
            /** Subdocuments */
            subdocuments: components["schemas"]["ReconstructSubdocument"][];
        };
        /** ReconstructResponse */
        ReconstructResponse: {
            /** Tables */
            tables: components["schemas"]["ReconstructEnrichedTable"][];
        };
        /** ReconstructSubdocument */
        ReconstructSubdocument: {
            enrichment?: components["schemas"]["ReconstructEnrichmentOptions"];
            /** Name */
            name: string;
            /** Partition Key */
            partition_key?: string | null;
            /** Regions */
            regions: components["schemas"]["SheetRegion"][];
        };
        /**
         * RejectReviewRequest
         * @description Reject a specific version of a review, with a required reason.
         */
        RejectReviewRequest: {
            /**
             * Version Id
             * @description Exact content-addressed key of the version to reject.
             */
            version_id: string;
            /**
             * Reason
             * @description Required, non-empty rejection reason.
             */
            reason: string;
        };
        /** ReplaceWorkflowTableUploadRequest */
        ReplaceWorkflowTableUploadRequest: {
            /** File */
            file: string;
            /** Column Schema Overrides */
            column_schema_overrides?: string | null;
        };
        /**
         * ResultFileRef
         * @description Public/shared file reference used across SDK and customer-facing APIs.
         */
        ResultFileRef: {
            /**
             * Id
             * @description ID of the file
             */
            id: string;
            /**
             * Filename
             * @description Filename of the file
             */
            filename: string;
            /**
             * Mime Type
             * @description MIME type of the file
             */
            mime_type: string;
        };
        /**
         * RetabUsage
         * @description Usage information for document processing.
         */
        RetabUsage: {
            /**
             * Credits
             * @description Credits consumed for processing
             */
            credits: number;
        };
        /**
         * ReviewAllOf
         * @description Gate fires only if ALL child predicates fire.
         */
        ReviewAllOf: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "all_of";
            /** Predicates */
            predicates: (components["schemas"]["ReviewAlways"] | components["schemas"]["ReviewValidationFailed"] | components["schemas"]["ReviewConfidenceLt"] | components["schemas"]["ReviewCategoryIn"] | components["schemas"]["ReviewTopMarginLt"] | components["schemas"]["ReviewSplitCountNeq"] | components["schemas"]["ReviewAnySplitPagesLt"] | components["schemas"]["ReviewBoundaryConfidenceLt"] | components["schemas"]["ReviewAnyPagesUnassigned"] | components["schemas"]["ReviewAnyRequiredFieldNull"] | components["schemas"]["ReviewJsonCondition"] | components["schemas"]["ReviewBranchIn"] | components["schemas"]["ReviewAnyOf"] | components["schemas"]["ReviewAllOf"])[];
        };
        /**
         * ReviewAlways
         * @description Gate every run.
         */
        ReviewAlways: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "always";
        };
        /**
         * ReviewAnyOf
         * @description Gate fires if ANY child predicate fires. Evaluated in list order;
         *     `triggered_by` reports the first match (decision: first-match wins).
         */
        ReviewAnyOf: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "any_of";
            /** Predicates */
            predicates: (components["schemas"]["ReviewAlways"] | components["schemas"]["ReviewValidationFailed"] | components["schemas"]["ReviewConfidenceLt"] | components["schemas"]["ReviewCategoryIn"] | components["schemas"]["ReviewTopMarginLt"] | components["schemas"]["ReviewSplitCountNeq"] | components["schemas"]["ReviewAnySplitPagesLt"] | components["schemas"]["ReviewBoundaryConfidenceLt"] | components["schemas"]["ReviewAnyPagesUnassigned"] | components["schemas"]["ReviewAnyRequiredFieldNull"] | components["schemas"]["ReviewJsonCondition"] | components["schemas"]["ReviewBranchIn"] | components["schemas"]["ReviewAnyOf"] | components["schemas"]["ReviewAllOf"])[];
        };
        /**
         * ReviewAnyPagesUnassigned
         * @description Gate when the split_by_key partition left any source page out of every partition (dropped pages).
         */
        ReviewAnyPagesUnassigned: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "any_pages_unassigned";
        };
        /**
         * ReviewAnyRequiredFieldNull
         * @description Gate when any required field in the extract schema has no answer: null, missing, or an empty/whitespace-only string (extraction reports a string field it could not find as "", not null). Zero, false, and empty arrays/objects are real answers and do not gate.
         */
        ReviewAnyRequiredFieldNull: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "any_required_field_null";
        };
        /**
         * ReviewAnySplitPagesLt
         * @description Gate when any resulting split has fewer than `min_pages` pages.
         */
        ReviewAnySplitPagesLt: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "any_split_pages_lt";
            /** Min Pages */
            min_pages: number;
        };
        /**
         * ReviewBoundaryConfidenceLt
         * @description Gate when any split consensus boundary likelihood is below `threshold`.
         */
        ReviewBoundaryConfidenceLt: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "boundary_confidence_lt";
            /** Threshold */
            threshold: number;
        };
        /**
         * ReviewBranchIn
         * @description Gate when a conditional-style result chose a branch in `branches`.
         *
         *     Conditional blocks are intentionally not reviewable. The predicate remains in
         *     the global union so old review/evaluator payloads can still be parsed.
         */
        ReviewBranchIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "branch_in";
            /** Branches */
            branches: string[];
        };
        /**
         * ReviewCategoryIn
         * @description Gate when the predicted category is in `categories` (e.g., review fraud alerts).
         */
        ReviewCategoryIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "category_in";
            /** Categories */
            categories: string[];
        };
        /**
         * ReviewConfidenceLt
         * @description Gate if the block consensus likelihood is below `threshold`.
         */
        ReviewConfidenceLt: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "confidence_lt";
            /**
             * Threshold
             * @description Gate fires when consensus likelihood < threshold
             */
            threshold: number;
        };
        /**
         * ReviewEvaluationWorkflowArtifact
         * @description Record of a review-gate evaluation during a workflow run.
         *
         *     Captures the conditions evaluated against the block's output
         *     (`evaluations`), whether the gate required human review
         *     (`requires_human_review`), and, once a reviewer acts, the verdict
         *     (`review_decision`), any notes, whether a revision was requested, and the
         *     reviewer and timestamp.
         */
        ReviewEvaluationWorkflowArtifact: {
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "review_trigger_evaluation";
            /** Id */
            id: string;
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id: string;
            /**
             * Evaluations
             * @default []
             */
            evaluations?: components["schemas"]["ConditionEvaluationResult"][];
            /**
             * Selected Handles
             * @default []
             */
            selected_handles?: string[];
            /** Matched Branch Id */
            matched_branch_id?: string | null;
            /**
             * Matched Condition Ids
             * @default []
             */
            matched_condition_ids?: string[];
            /**
             * Requires Human Review
             * @default false
             */
            requires_human_review?: boolean;
            /** Reviewer Id */
            reviewer_id?: string | null;
            /** Review Decision */
            review_decision?: ("approved" | "rejected") | null;
            /** Review Notes */
            review_notes?: string | null;
            /**
             * Requested Revision
             * @default false
             */
            requested_revision?: boolean;
            /** Reviewed At */
            reviewed_at?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at: string;
        };
        /**
         * ReviewJsonCondition
         * @description Gate when a conditional-block-style JSON condition matches.
         *
         *     The `condition` payload uses the same shape as workflow conditional blocks:
         *     one condition group with `sub_conditions` and a `logical_operator`. Paths are
         *     evaluated against a review condition root, for example `data.invoice_total`
         *     or `likelihoods.invoice_total`.
         */
        ReviewJsonCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "json_condition";
            /**
             * Condition
             * @description Conditional-block Condition payload.
             */
            condition: {
                [key: string]: unknown;
            };
        };
        /**
         * ReviewSplitCountNeq
         * @description Gate when the number of resulting splits != `expected`.
         */
        ReviewSplitCountNeq: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "split_count_neq";
            /** Expected */
            expected: number;
        };
        /**
         * ReviewTopMarginLt
         * @description Gate when the consensus margin between the top two categories is below `margin`.
         */
        ReviewTopMarginLt: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "top_margin_lt";
            /** Margin */
            margin: number;
        };
        /**
         * ReviewValidationFailed
         * @description Gate if the block output fails its declared schema validation.
         */
        ReviewValidationFailed: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "validation_failed";
        };
        /**
         * RunInputs
         * @description Input payloads supplied at run creation time.
         */
        RunInputs: {
            /**
             * Documents
             * @description start_document block ID -> input document reference
             * @default {}
             */
            documents?: {
                [key: string]: components["schemas"]["FileRef"];
            };
            /**
             * Json Data
             * @description start-json block ID -> input JSON data
             * @default {}
             */
            json_data?: {
                [key: string]: unknown;
            };
        };
        /** RunStepWorkflowEvalSource */
        RunStepWorkflowEvalSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "run_step";
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id?: string | null;
        };
        /**
         * RunTiming
         * @description Timing information for a run.
         *
         *     Three event timestamps that consumers cannot reconstruct on their own.
         *     Wall-clock duration is a trivial `completed_at - started_at` subtraction
         *     done client-side; it is not stored or exposed.
         */
        RunTiming: {
            /**
             * Created At
             * Format: date-time
             * @description When the run record was created
             */
            created_at?: string;
            /**
             * Started At
             * @description When the run started executing
             */
            started_at?: string | null;
            /**
             * Completed At
             * @description When the run finished executing
             */
            completed_at?: string | null;
        };
        /**
         * RunningBlockExecutionLifecycle
         * @description The executor has started this block execution.
         */
        RunningBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /**
         * RunningRun
         * @description The run is currently executing.
         */
        RunningRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /**
         * RunningStepLifecycle
         * @description The step is currently executing.
         */
        RunningStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /**
         * RunningWorkflowEvalRun
         * @description The eval run is executing assertions.
         */
        RunningWorkflowEvalRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /**
         * RunningWorkflowExperimentResult
         * @description The result row is executing.
         */
        RunningWorkflowExperimentResult: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /**
         * RunningWorkflowExperimentRun
         * @description The experiment run is executing.
         */
        RunningWorkflowExperimentRun: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "running";
        };
        /**
         * SchemaGeneration
         * @description Public generated schema response.
         */
        SchemaGeneration: {
            /**
             * Object
             * @default schema
             */
            object?: string;
            /** Created At */
            created_at?: string | null;
            /**
             * Json Schema
             * @default {}
             */
            json_schema?: {
                [key: string]: unknown;
            };
            /**
             * Strict
             * @default true
             */
            strict?: boolean;
            /**
             * Id
             * @description Unique identifier of the schema generation.
             */
            id: string;
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
        };
        /** Secret */
        Secret: {
            /** Name */
            name: string;
            /**
             * Created At
             * Format: date-time
             * @description When the secret was first created.
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             * @description When the secret value was last updated.
             */
            updated_at: string;
            /** Created By */
            created_by?: string | null;
            /** Updated By */
            updated_by?: string | null;
        };
        /** SecretListResponse */
        SecretListResponse: {
            /**
             * Secrets
             * @default []
             */
            secrets?: components["schemas"]["Secret"][];
        };
        /** SecretResponse */
        SecretResponse: {
            secret: components["schemas"]["Secret"];
        };
        /** SecretValue */
        SecretValue: {
            /** Name */
            name: string;
            /** Value */
            value: string;
            /**
             * Updated At
             * Format: date-time
             * @description When the secret value was last updated.
             */
            updated_at: string;
        };
        /** SecretValueResponse */
        SecretValueResponse: {
            secret: components["schemas"]["SecretValue"];
        };
        /** SetSecretRequest */
        SetSecretRequest: {
            /** Value */
            value: string;
        };
        /** SheetRegion */
        SheetRegion: {
            /** Col End */
            col_end?: number | null;
            /** Col Start */
            col_start?: number | null;
            /**
             * Header Rows
             * @default []
             */
            header_rows?: number[];
            /** Row End */
            row_end: number;
            /** Row Start */
            row_start: number;
            /** Sheet Index */
            sheet_index: number;
            /** Sheet Name */
            sheet_name: string;
        };
        /** SimilarityGteCondition */
        SimilarityGteCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "similarity_gte";
            /** Reference */
            reference: unknown;
            /** Threshold */
            threshold: number;
            /**
             * Method
             * @default levenshtein
             * @enum {string}
             */
            method?: "levenshtein" | "embeddings";
        };
        /**
         * SkippedBlockExecutionLifecycle
         * @description Terminal: the block declared its inputs unsatisfied via
         *     `should_skip_block` and was skipped. `reason` is the skip rationale
         *     surfaced by the block's input requirements registry.
         */
        SkippedBlockExecutionLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "skipped";
            /**
             * Reason
             * @description Reason the block was skipped
             */
            reason: string;
        };
        /**
         * SkippedStepLifecycle
         * @description The step was skipped.
         */
        SkippedStepLifecycle: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "skipped";
            /**
             * Reason
             * @description Reason the step was skipped
             */
            reason: string;
        };
        /**
         * Split
         * @description A split result: a document divided into its constituent `subdocuments`.
         */
        Split: {
            /**
             * Id
             * @description Unique identifier of the split result
             */
            id: string;
            /** @description Information about the split file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the split operation
             */
            model: string;
            /**
             * Subdocuments
             * @description Subdocuments used for the split operation
             */
            subdocuments: components["schemas"]["Subdocument"][];
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Instructions
             * @description Free-form instructions supplied with the split request.
             */
            instructions?: string | null;
            /**
             * Output
             * @description The list of document splits with their assigned pages. Empty [] until status == 'completed'.
             * @default []
             */
            output?: components["schemas"]["SplitResult"][];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote split runs */
            consensus?: components["schemas"]["SplitConsensus"] | null;
            /** @description Usage information for the split operation */
            usage?: components["schemas"]["RetabUsage"] | null;
            /** Created At */
            created_at?: string | null;
        };
        /** SplitConsensus */
        SplitConsensus: {
            /**
             * Likelihoods
             * @description Consensus likelihood tree mirroring the split output
             * @default []
             */
            likelihoods?: components["schemas"]["SplitSubdocumentLikelihood"][];
            /**
             * Choices
             * @description Alternative split vote outputs used to build the consolidated result
             * @default []
             */
            choices?: components["schemas"]["SplitResult"][][];
        };
        /**
         * SplitIOUCondition
         * @description Intersection-over-Union for split page assignments.
         *
         *     `expected` uses the split payload shape:
         *     `{"splits": [{"name", "pages"}]}`
         */
        SplitIOUCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "split_iou_gte";
            /** Expected */
            expected: {
                [key: string]: unknown;
            };
            /**
             * Threshold
             * @default 1
             */
            threshold?: number;
        };
        /**
         * SplitList
         * @description A page of `Split` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        SplitList: {
            /** Data */
            data: components["schemas"]["Split"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** SplitResult */
        SplitResult: {
            /**
             * Name
             * @description The name of the subdocument
             */
            name: string;
            /**
             * Pages
             * @description The pages of the subdocument (1-indexed)
             */
            pages: number[];
            /**
             * Regions
             * @default []
             */
            regions?: components["schemas"]["SheetRegion"][];
        };
        /** SplitSubdocumentLikelihood */
        SplitSubdocumentLikelihood: {
            /**
             * Name
             * @description Confidence that this split label is correct
             */
            name?: number | null;
            /**
             * Pages
             * @description Confidence for each page in the corresponding split.pages array
             * @default []
             */
            pages?: number[];
        };
        /**
         * SplitWorkflowArtifact
         * @description A document split produced by a workflow run, tagged with its artifact `operation` and creation time.
         */
        SplitWorkflowArtifact: {
            /**
             * Id
             * @description Unique identifier of the split result
             */
            id: string;
            /** @description Information about the split file */
            file: components["schemas"]["FileRef"];
            /**
             * Model
             * @description Model used for the split operation
             */
            model: string;
            /**
             * Subdocuments
             * @description Subdocuments used for the split operation
             */
            subdocuments: components["schemas"]["Subdocument"][];
            /**
             * N Consensus
             * @description Number of consensus votes used
             * @default 1
             */
            n_consensus?: number;
            /**
             * Instructions
             * @description Free-form instructions supplied with the split request.
             */
            instructions?: string | null;
            /**
             * Output
             * @description The list of document splits with their assigned pages. Empty [] until status == 'completed'.
             * @default []
             */
            output?: components["schemas"]["SplitResult"][];
            /**
             * Status
             * @description Lifecycle status. The synchronous path returns 'completed'. Background runs progress pending -> queued -> in_progress -> completed | failed | cancelled.
             * @default pending
             * @enum {string}
             */
            status?: "pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @description Error details when a background run fails; null otherwise. Always present so consumers can read it without an existence check. */
            error?: components["schemas"]["PrimitiveError"] | null;
            /** @description Consensus metadata for multi-vote split runs */
            consensus?: components["schemas"]["SplitConsensus"] | null;
            /** @description Usage information for the split operation */
            usage?: components["schemas"]["RetabUsage"] | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at: string;
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "split";
        };
        /** StartsWithCondition */
        StartsWithCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "starts_with";
            /** Expected */
            expected: string;
        };
        /**
         * StepArtifactRef
         * @description A resource produced by a workflow step.
         *
         *     An `(operation, id)` reference. The artifact itself carries no payload —
         *     consumers dispatch on `operation` and fetch the referenced record by `id`.
         */
        StepArtifactRef: {
            /**
             * Operation
             * @description The kind of resource this artifact references
             * @enum {string}
             */
            operation: "extraction" | "split" | "classification" | "parse" | "edit" | "partition" | "conditional_evaluation" | "review_trigger_evaluation" | "while_loop_termination" | "api_call_invocation" | "function_invocation";
            /**
             * Id
             * @description Resource identifier
             */
            id: string;
        };
        /** Subdocument */
        Subdocument: {
            /**
             * Name
             * @description The name of the subdocument
             */
            name: string;
            /**
             * Description
             * @description The description of the subdocument
             * @default
             */
            description?: string;
            /**
             * Allow Multiple Instances
             * @description When true, this subdocument type can appear more than once in the document — the split will identify each distinct instance (runs an extra vision-based refinement pass).
             * @default false
             */
            allow_multiple_instances?: boolean;
        };
        /**
         * TriggerInfo
         * @description Public summary of what started a run: just the trigger category.
         *
         *     The full per-variant detail (schedule_id, parent_run_id, sender, ...) is
         *     kept internally on `StoredWorkflowRun.trigger` but intentionally not
         *     exposed in the public API surface.
         */
        TriggerInfo: {
            /**
             * Type
             * @description What started this run
             * @enum {string}
             */
            type: "manual" | "api" | "schedule" | "webhook" | "email" | "custom" | "restart";
        };
        /**
         * UpdateEditTemplateRequest
         * @description Body for updating an edit template. Only the supplied fields (`name`, `form_fields`) are changed.
         */
        UpdateEditTemplateRequest: {
            /**
             * Name
             * @description New name for the template.
             */
            name?: string | null;
            /**
             * Form Fields
             * @description Replacement list of form fields.
             */
            form_fields?: components["schemas"]["FormField"][] | null;
        };
        /**
         * UpdateExperimentRequest
         * @description Body for updating an experiment. Only the supplied fields are changed.
         */
        UpdateExperimentRequest: {
            /** Document Captures */
            document_captures?: components["schemas"]["ExperimentDocumentCaptureRequest"][] | null;
            /** Documents */
            documents?: components["schemas"]["ExplicitExperimentDocumentRequest"][] | null;
            /** N Consensus */
            n_consensus?: (3 | 5 | 7) | null;
            /** Name */
            name?: string | null;
        };
        /**
         * UpdateWorkflowBlockRequest
         * @description Update a block. Only the fields you provide are changed.
         *
         *     `config_mode` controls how `config` is applied:
         *
         *     * `"merge"` (default): the given `config` is merged into the existing
         *       one — nested objects are combined, and a `null` value deletes a key.
         *     * `"replace"`: the given `config` replaces the existing one entirely.
         */
        UpdateWorkflowBlockRequest: {
            /** Label */
            label?: string | null;
            /** Position X */
            position_x?: number | null;
            /** Position Y */
            position_y?: number | null;
            /** Width */
            width?: number | null;
            /** Height */
            height?: number | null;
            /** Config */
            config?: {
                [key: string]: unknown;
            } | null;
            /** Parent Id */
            parent_id?: string | null;
            /**
             * Config Mode
             * @description How to apply the `config` field. 'merge' (default) deep-merges the patch into the existing config with null-as-delete; 'replace' uses the patch as the full new config.
             */
            config_mode?: ("merge" | "replace") | null;
        };
        /**
         * UpdateWorkflowEvalRequest
         * @description Body for updating a workflow eval. Only the supplied fields (`name`, `assertion`, `source`) are changed.
         */
        UpdateWorkflowEvalRequest: {
            /** Name */
            name?: string | null;
            assertion?: components["schemas"]["AssertionSpec"] | null;
            /** Source */
            source?: (components["schemas"]["ManualWorkflowEvalSource"] | components["schemas"]["RunStepWorkflowEvalSource"]) | null;
        };
        /**
         * UpdateWorkflowRequest
         * @description Body for updating a workflow. Only the supplied fields (`name`, `description`) are changed.
         */
        UpdateWorkflowRequest: {
            /**
             * Name
             * @description The name of the workflow
             */
            name?: string | null;
            /**
             * Description
             * @description Description of the workflow
             */
            description?: string | null;
        };
        /** UpdateWorkflowTableRequest */
        UpdateWorkflowTableRequest: {
            /** Name */
            name?: string | null;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * UploadFileRequest
         * @description Body to start a file upload: the `filename`, expected `size_bytes`, and optional content type and checksum.
         */
        UploadFileRequest: {
            /**
             * Filename
             * @description Filename to store
             */
            filename: string;
            /**
             * Content Type
             * @description MIME type the client will upload
             */
            content_type?: string | null;
            /**
             * Size Bytes
             * @description Expected upload size in bytes
             */
            size_bytes: number;
            /**
             * Sha256
             * @description Optional SHA-256 checksum
             */
            sha256?: string | null;
        };
        /** UsageBlockList */
        UsageBlockList: {
            /** Data */
            data: components["schemas"]["UsageBlockRecord"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** UsageBlockRecord */
        UsageBlockRecord: {
            /** Block Id */
            block_id: string;
            /** Block Type */
            block_type: string;
            /** Credits */
            credits: number;
            /** Execution Count */
            execution_count: number;
            /** First Activity At */
            first_activity_at: string | null;
            /** Last Activity At */
            last_activity_at: string | null;
            /** Page Count */
            page_count: number;
            /** Run Count */
            run_count: number;
            /** Status Counts */
            status_counts: {
                [key: string]: number;
            } | null;
            /** Workflow Id */
            workflow_id: string;
        };
        /** UsagePrimitiveDocument */
        UsagePrimitiveDocument: {
            /** File Id */
            file_id: string | null;
            /** Filename */
            filename: string | null;
        };
        /** UsagePrimitiveList */
        UsagePrimitiveList: {
            /** Data */
            data: components["schemas"]["UsagePrimitiveRecord"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** UsagePrimitiveRecord */
        UsagePrimitiveRecord: {
            /** Block Id */
            block_id: string | null;
            /** Completed At */
            completed_at: string | null;
            /** Created At */
            created_at: string | null;
            /** Credits */
            credits: number;
            /** Documents */
            documents: components["schemas"]["UsagePrimitiveDocument"][] | null;
            /** Duration Ms */
            duration_ms: number | null;
            /** Environment Id */
            environment_id: string | null;
            /** Metadata */
            metadata: {
                [key: string]: string;
            } | null;
            /** Model */
            model: string | null;
            /** Operation */
            operation: string;
            /** Page Count */
            page_count: number;
            /** Primitive Execution Id */
            primitive_execution_id: string;
            /** Project Id */
            project_id: string | null;
            /** Resource Kind */
            resource_kind: string | null;
            /** Run Id */
            run_id: string | null;
            /** Status */
            status: string;
            triggered_by?: components["schemas"]["UsagePrimitiveTriggeredBy"] | null;
            /** Workflow Id */
            workflow_id: string | null;
        };
        /** UsagePrimitiveTriggeredBy */
        UsagePrimitiveTriggeredBy: {
            /** Access Token Id */
            access_token_id: string | null;
            /** Api Key Id */
            api_key_id: string | null;
            /** Auth Method */
            auth_method: string | null;
            /** Key Name */
            key_name: string | null;
            /** Key Prefix */
            key_prefix: string | null;
            /** User Email */
            user_email: string | null;
            /** User Id */
            user_id: string | null;
        };
        /** UsageRunList */
        UsageRunList: {
            /** Data */
            data: components["schemas"]["UsageRunRecord"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** UsageRunRecord */
        UsageRunRecord: {
            /** Completed At */
            completed_at: string | null;
            /** Created At */
            created_at: string | null;
            /** Credits */
            credits: number;
            /** Duration Ms */
            duration_ms: number | null;
            /** Execution Duration Ms */
            execution_duration_ms: number;
            /** Page Count */
            page_count: number;
            /** Retry Count */
            retry_count: number;
            /** Run Id */
            run_id: string;
            /** Started At */
            started_at: string | null;
            /** Status */
            status: string;
            /** Trigger Type */
            trigger_type: string;
            triggered_by?: components["schemas"]["V1UsageUsageRunTriggeredBy"] | null;
            /** Workflow Id */
            workflow_id: string;
        };
        /** V1UsageUsageRunTriggeredBy */
        V1UsageUsageRunTriggeredBy: {
            /** Api Key Id */
            api_key_id: string | null;
            /** User Email */
            user_email: string | null;
            /** User Id */
            user_id: string | null;
        };
        /**
         * ValidateWorkflowBlockConfigRequest
         * @description Dry-run validation for an assembled workflow block config.
         */
        ValidateWorkflowBlockConfigRequest: {
            /**
             * Config
             * @description Assembled block config to validate.
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * Config Mode
             * @description How to apply the config before validation. 'replace' validates the config as the full block config; 'merge' validates the result of merging it into the existing block config.
             * @default replace
             */
            config_mode?: ("merge" | "replace") | null;
        };
        /** ValidateWorkflowBlockConfigResponse */
        ValidateWorkflowBlockConfigResponse: {
            /**
             * Ok
             * @default true
             */
            ok?: boolean;
            /** Workflow Id */
            workflow_id: string;
            /** Block Id */
            block_id: string;
            /** Block Type */
            block_type: string;
            /** Config Hash */
            config_hash: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /**
             * Input
             * @default null
             */
            input?: unknown;
            /**
             * Context
             * @default {}
             */
            ctx?: Record<string, never>;
        };
        /** VerdictSummary */
        VerdictSummary: {
            /** Passed */
            passed: boolean;
            /**
             * Assertions Passed
             * @default 0
             */
            assertions_passed?: number;
            /**
             * Assertions Failed
             * @default 0
             */
            assertions_failed?: number;
            /**
             * Blocked Assertions
             * @default 0
             */
            blocked_assertions?: number;
            /**
             * Failed Assertion Ids
             * @default []
             */
            failed_assertion_ids?: string[];
        };
        /**
         * WhileLoopTerminationWorkflowArtifact
         * @description Record of why a while-loop block stopped iterating during a run.
         *
         *     Reports the `termination_reason` (`max_iterations_reached`,
         *     `condition_matched`, or `error`) and the termination conditions that were
         *     evaluated on the final iteration (`evaluations`).
         */
        WhileLoopTerminationWorkflowArtifact: {
            /**
             * @description The operation that produced this artifact (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            operation: "while_loop_termination";
            /** Id */
            id: string;
            /** Run Id */
            run_id: string;
            /** Step Id */
            step_id: string;
            /**
             * Termination Reason
             * @description Why the while-loop terminated
             * @enum {string}
             */
            termination_reason: "max_iterations_reached" | "condition_matched" | "error";
            /**
             * Evaluations
             * @default []
             */
            evaluations?: components["schemas"]["ConditionEvaluationResult"][];
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this artifact was created.
             */
            created_at: string;
        };
        /**
         * Workflow
         * @description A workflow and its current configuration.
         */
        Workflow: {
            /**
             * Id
             * @description Unique ID for this workflow
             */
            id: string;
            /**
             * Name
             * @description The name of the workflow
             * @default Untitled Workflow
             */
            name?: string;
            /**
             * Description
             * @description Description of the workflow
             * @default
             */
            description?: string;
            /**
             * Project Id
             * @description Project that owns this workflow. Null only on legacy rows that predate the project backfill.
             */
            project_id?: string | null;
            /** @description Published workflow metadata when a published version exists */
            published?: components["schemas"]["WorkflowPublished"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * WorkflowArtifact
         * @description Dereferenced workflow artifact with operation-specific fields preserved.
         */
        WorkflowArtifact: {
            /**
             * Operation
             * @description The operation that produced this artifact
             * @enum {string}
             */
            operation: "extraction" | "split" | "classification" | "parse" | "edit" | "partition" | "conditional_evaluation" | "review_trigger_evaluation" | "while_loop_termination" | "api_call_invocation" | "function_invocation";
            /**
             * Id
             * @description Resource identifier
             */
            id: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * WorkflowArtifactList
         * @description A page of `WorkflowArtifact` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowArtifactList: {
            /** Data */
            data: components["schemas"]["WorkflowArtifact"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowBlock
         * @description Public live workflow block object.
         */
        WorkflowBlock: {
            /** Id */
            id: string;
            /**
             * Workflow Id
             * @description Foreign key to workflow
             */
            workflow_id: string;
            /**
             * Type
             * @description Block type (extract, parse, classifier, etc.)
             * @enum {string}
             */
            type: "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts" | "while_loop_sentinel_start" | "while_loop_sentinel_end" | "for_each_sentinel_start" | "for_each_sentinel_end";
            /**
             * Label
             * @description Display label for the block
             * @default
             */
            label?: string;
            /**
             * Position X
             * @description X position on canvas
             * @default 0
             */
            position_x?: number;
            /**
             * Position Y
             * @description Y position on canvas
             * @default 0
             */
            position_y?: number;
            /**
             * Width
             * @description Block width for resizable blocks
             */
            width?: number | null;
            /**
             * Height
             * @description Block height for resizable blocks
             */
            height?: number | null;
            /**
             * Config
             * @description Block-specific configuration
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Parent Id
             * @description ID of parent container (while_loop, for_each)
             */
            parent_id?: string | null;
            /**
             * Declarative Path
             * @description Canonical declarative block path used to reconcile imported specs.
             */
            declarative_path?: string | null;
            /**
             * Declarative Source Block Id
             * @description Authored declarative block id before import-time id regeneration.
             */
            declarative_source_block_id?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Resolved Schemas
             * @description Schemas resolved for this block from the workflow graph.
             */
            resolved_schemas?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * WorkflowBlockList
         * @description A page of `WorkflowBlock` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowBlockList: {
            /** Data */
            data: components["schemas"]["WorkflowBlock"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** WorkflowBlockPosition */
        WorkflowBlockPosition: {
            /** X */
            x: number;
            /** Y */
            y: number;
        };
        /**
         * WorkflowBlockVersion
         * @description Public block version resource without tenant or storage-only fields.
         */
        WorkflowBlockVersion: {
            /**
             * Id
             * @description Public content-addressed block version ID
             */
            id: string;
            /**
             * Block Id
             * @description Stable logical block ID
             */
            block_id: string;
            /**
             * Workflow Id
             * @description Source workflow ID
             */
            workflow_id: string;
            /**
             * Workflow Version Id
             * @description Workflow version this block version belongs to
             */
            workflow_version_id: string;
            /**
             * Type
             * @enum {string}
             */
            type: "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts" | "while_loop_sentinel_start" | "while_loop_sentinel_end" | "for_each_sentinel_start" | "for_each_sentinel_end";
            /**
             * Label
             * @default
             */
            label?: string;
            /**
             * Position X
             * @default 0
             */
            position_x?: number;
            /**
             * Position Y
             * @default 0
             */
            position_y?: number;
            /** Width */
            width?: number | null;
            /** Height */
            height?: number | null;
            /** Parent Id */
            parent_id?: string | null;
            /** Config */
            config?: {
                [key: string]: unknown;
            } | null;
            /** Resolved Schemas */
            resolved_schemas?: {
                [key: string]: unknown;
            } | null;
            /**
             * Config Hash
             * @description Stable SHA-256 hash of the executable block config
             * @default
             */
            config_hash?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** WorkflowBlockVersionDiff */
        WorkflowBlockVersionDiff: {
            /** From Block Version Id */
            from_block_version_id: string;
            /** To Block Version Id */
            to_block_version_id: string;
            /** Block Id */
            block_id: string;
            /**
             * Changes
             * @default []
             */
            changes?: components["schemas"]["WorkflowVersionFieldDiff"][];
        };
        /**
         * WorkflowBlockVersionList
         * @description A page of `WorkflowBlockVersion` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowBlockVersionList: {
            /** Data */
            data: components["schemas"]["WorkflowBlockVersion"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** WorkflowConfigBlock */
        WorkflowConfigBlock: {
            /** Id */
            id?: string;
            /**
             * Type
             * @enum {string}
             */
            type: "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts" | "while_loop_sentinel_start" | "while_loop_sentinel_end" | "for_each_sentinel_start" | "for_each_sentinel_end";
            position: components["schemas"]["WorkflowBlockPosition"];
            /** Label */
            label: string;
            /**
             * Config
             * @description Block-specific configuration
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Resolved Schemas
             * @description Derived schema transport sidecar for UI/runtime consumers. Not authored config.
             */
            resolved_schemas?: {
                [key: string]: unknown;
            } | null;
            /**
             * Width
             * @description Block width for resizable blocks
             */
            width?: number | null;
            /**
             * Height
             * @description Block height for resizable blocks
             */
            height?: number | null;
            /**
             * Parent Id
             * @description ID of parent container block (while_loop, for_each)
             */
            parent_id?: string | null;
        };
        /** WorkflowConfigEdge */
        WorkflowConfigEdge: {
            /** Id */
            id?: string;
            /**
             * Source
             * @description ID of the source block
             */
            source: string;
            /**
             * Target
             * @description ID of the target block
             */
            target: string;
            /** Source Handle */
            source_handle?: string | null;
            /** Target Handle */
            target_handle?: string | null;
            /**
             * Animated
             * @default true
             */
            animated?: boolean;
        };
        /**
         * WorkflowEdge
         * @description Public live workflow edge object.
         */
        WorkflowEdge: {
            /** Id */
            id: string;
            /**
             * Workflow Id
             * @description Foreign key to workflow
             */
            workflow_id: string;
            /**
             * Source Block
             * @description ID of the source block
             */
            source_block: string;
            /**
             * Target Block
             * @description ID of the target block
             */
            target_block: string;
            /**
             * Source Handle
             * @description Output handle on source block
             */
            source_handle?: string | null;
            /**
             * Target Handle
             * @description Input handle on target block
             */
            target_handle?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * WorkflowEdgeList
         * @description A page of `WorkflowEdge` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowEdgeList: {
            /** Data */
            data: components["schemas"]["WorkflowEdge"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowEdgeVersion
         * @description Public edge version resource without tenant fields.
         */
        WorkflowEdgeVersion: {
            /**
             * Id
             * @description Public content-addressed edge version ID
             */
            id: string;
            /**
             * Edge Id
             * @description Stable logical edge ID
             */
            edge_id: string;
            /**
             * Workflow Id
             * @description Source workflow ID
             */
            workflow_id: string;
            /**
             * Workflow Version Id
             * @description Workflow version this edge version belongs to
             */
            workflow_version_id: string;
            /**
             * Source
             * @description ID of the source block
             */
            source: string;
            /** Source Handle */
            source_handle?: string | null;
            /**
             * Target
             * @description ID of the target block
             */
            target: string;
            /** Target Handle */
            target_handle?: string | null;
            /**
             * Animated
             * @default true
             */
            animated?: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** WorkflowEdgeVersionDiff */
        WorkflowEdgeVersionDiff: {
            /** From Edge Version Id */
            from_edge_version_id: string;
            /** To Edge Version Id */
            to_edge_version_id: string;
            /** Edge Id */
            edge_id: string;
            /**
             * Changes
             * @default []
             */
            changes?: components["schemas"]["WorkflowVersionFieldDiff"][];
        };
        /**
         * WorkflowEdgeVersionList
         * @description A page of `WorkflowEdgeVersion` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowEdgeVersionList: {
            /** Data */
            data: components["schemas"]["WorkflowEdgeVersion"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowEval
         * @description A saved workflow eval: a target block, an input `source`, and the `assertion` evaluated against its output.
         */
        WorkflowEval: {
            /** Id */
            id: string;
            /** Workflow Id */
            workflow_id: string;
            target: components["schemas"]["WorkflowEvalBlockTarget"];
            /** Source */
            source: components["schemas"]["ManualWorkflowEvalSource"] | components["schemas"]["RunStepWorkflowEvalSource"];
            /** Name */
            name?: string | null;
            assertion?: components["schemas"]["AssertionSpec"] | null;
            assertion_schema_dep?: components["schemas"]["AssertionSchemaDep"] | null;
            /** Assertion Drift Status */
            assertion_drift_status?: ("valid" | "drifted" | "broken") | null;
            /**
             * Schema Drift
             * @default unknown
             * @enum {string}
             */
            schema_drift?: "none" | "partial" | "drifted" | "unknown";
            /** Schema Drift Detail */
            schema_drift_detail?: string | null;
            freshness?: components["schemas"]["ArtifactFreshness"];
            drift?: components["schemas"]["ArtifactDrift"];
            /**
             * Validation Status
             * @default valid
             */
            validation_status?: string;
            /**
             * Validation Issues
             * @default []
             */
            validation_issues?: unknown[];
            latest_run_summary?: components["schemas"]["LatestBlockEvalRunSummary"] | null;
            latest_passing_run_summary?: components["schemas"]["LatestBlockEvalRunSummary"] | null;
            latest_failing_run_summary?: components["schemas"]["LatestBlockEvalRunSummary"] | null;
            /**
             * Created At
             * Format: date-time
             * @description When the workflow eval was created
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             * @description When the workflow eval was last updated
             */
            updated_at?: string;
        };
        /**
         * WorkflowEvalBlockTarget
         * @description Public workflow-eval target.
         *
         *     The storage layer remains block-scoped today, but the API shape names the
         *     tested entity explicitly so workflow-level targets can be added later.
         */
        WorkflowEvalBlockTarget: {
            /**
             * Type
             * @default block
             * @constant
             */
            type?: "block";
            /** Block Id */
            block_id: string;
        };
        /**
         * WorkflowEvalList
         * @description A page of `WorkflowEval` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowEvalList: {
            /** Data */
            data: components["schemas"]["WorkflowEval"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowEvalResult
         * @description The outcome of one eval within an eval run: its `lifecycle`, `timing`, and `verdict`.
         */
        WorkflowEvalResult: {
            /** Id */
            id: string;
            /** Workflow Eval Run Id */
            workflow_eval_run_id?: string | null;
            /** Eval Id */
            eval_id: string;
            /** Lifecycle */
            lifecycle?: (components["schemas"]["PendingWorkflowEvalRun"] | components["schemas"]["QueuedWorkflowEvalRun"] | components["schemas"]["RunningWorkflowEvalRun"] | components["schemas"]["CompletedWorkflowEvalRun"] | components["schemas"]["ErrorWorkflowEvalRun"] | components["schemas"]["CancelledWorkflowEvalRun"]) | null;
            timing?: components["schemas"]["WorkflowEvalRunTiming"] | null;
            /**
             * Verdict
             * @description Verdict label populated only when the underlying eval reaches a terminal lifecycle state and the verdict could be determined. Execution-error details flow through `lifecycle`, not through this enum.
             */
            verdict?: ("passed" | "failed" | "blocked") | null;
            /** Workflow Id */
            workflow_id: string;
            /** Block Id */
            block_id: string;
            /** Block Type */
            block_type: string;
            /** Execution Fingerprint */
            execution_fingerprint?: string | null;
            /** Handle Inputs Fingerprint */
            handle_inputs_fingerprint?: string | null;
            /** Workflow Draft Fingerprint */
            workflow_draft_fingerprint?: string | null;
            /** Block Execution Fingerprint */
            block_execution_fingerprint?: string | null;
            artifact?: components["schemas"]["StepArtifactRef"] | null;
            /**
             * Handle Inputs
             * @default {}
             */
            handle_inputs?: {
                [key: string]: components["schemas"]["JsonHandleInput"] | components["schemas"]["FileHandleInput"];
            };
            /** Handle Outputs */
            handle_outputs?: {
                [key: string]: components["schemas"]["JsonHandleInput"] | components["schemas"]["FileHandleInput"];
            } | null;
            /** Routing Decisions */
            routing_decisions?: string[] | null;
            /**
             * Warnings
             * @default []
             */
            warnings?: string[];
            assertion_result?: components["schemas"]["AssertionResult"] | null;
            verdict_summary?: components["schemas"]["VerdictSummary"] | null;
        };
        /**
         * WorkflowEvalResultList
         * @description A page of `WorkflowEvalResult` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowEvalResultList: {
            /** Data */
            data: components["schemas"]["WorkflowEvalResult"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowEvalRun
         * @description A batch execution of a workflow's evals, with overall `lifecycle`, `timing`, and pass/fail `counts`.
         */
        WorkflowEvalRun: {
            /** Id */
            id: string;
            /** Workflow Id */
            workflow_id: string;
            /** Workflow Version Id */
            workflow_version_id: string;
            trigger: components["schemas"]["EvalRunTrigger"];
            /** Lifecycle */
            lifecycle: components["schemas"]["PendingWorkflowEvalRun"] | components["schemas"]["QueuedWorkflowEvalRun"] | components["schemas"]["RunningWorkflowEvalRun"] | components["schemas"]["CompletedWorkflowEvalRun"] | components["schemas"]["ErrorWorkflowEvalRun"] | components["schemas"]["CancelledWorkflowEvalRun"];
            timing: components["schemas"]["WorkflowEvalRunTiming"];
            target?: components["schemas"]["EvalRunBlockTarget"] | null;
            /** Eval Id */
            eval_id?: string | null;
            /** Total Evals */
            total_evals: number;
            /**
             * @default {
             *       "lifecycle_counts": {
             *         "cancelled": 0,
             *         "completed": 0,
             *         "error": 0,
             *         "pending": 0,
             *         "queued": 0,
             *         "running": 0
             *       },
             *       "outcome": {
             *         "blocked": 0,
             *         "failed": 0,
             *         "passed": 0
             *       }
             *     }
             */
            counts?: components["schemas"]["BlockEvalBatchExecutionCounts"];
            /** @description Compatibility envelope only. WorkflowEval.freshness is the authoritative read-time staleness verdict for saved eval definitions. */
            freshness?: components["schemas"]["EvalRunFreshness"];
        };
        /**
         * WorkflowEvalRunBlockScope
         * @description Run every workflow eval for one block in the workflow.
         */
        WorkflowEvalRunBlockScope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "block";
            /** Block Id */
            block_id: string;
        };
        /**
         * WorkflowEvalRunList
         * @description A page of `WorkflowEvalRun` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowEvalRunList: {
            /** Data */
            data: components["schemas"]["WorkflowEvalRun"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowEvalRunSingleScope
         * @description Run one saved workflow eval in the workflow.
         */
        WorkflowEvalRunSingleScope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "single";
            /** Eval Id */
            eval_id: string;
        };
        /** WorkflowEvalRunTiming */
        WorkflowEvalRunTiming: {
            /**
             * Created At
             * Format: date-time
             * @description When the workflow-eval run was created.
             */
            created_at?: string;
            /** Started At */
            started_at?: string | null;
            /** Completed At */
            completed_at?: string | null;
            /** Duration Ms */
            duration_ms?: number | null;
        };
        /**
         * WorkflowEvalRunWorkflowScope
         * @description Run every saved eval in the workflow.
         */
        WorkflowEvalRunWorkflowScope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "workflow";
        };
        /**
         * WorkflowExperiment
         * @description An experiment that evaluates a workflow block against a set of documents, with its latest run status and score.
         */
        WorkflowExperiment: {
            /** Id */
            id: string;
            /** Workflow Id */
            workflow_id: string;
            /** Block Id */
            block_id: string;
            /**
             * N Consensus
             * @enum {integer}
             */
            n_consensus: 3 | 5 | 7;
            /**
             * Document Count
             * @default 0
             */
            document_count?: number;
            /** Name */
            name: string;
            /** Last Run Id */
            last_run_id?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description When the experiment was created
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             * @description When the experiment was last updated
             */
            updated_at?: string;
            /**
             * Status
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "processing" | "completed" | "failed" | "cancelled";
            /**
             * Block Type
             * @enum {string}
             */
            block_type: "extract" | "classifier" | "split" | "for_each";
            /** Score */
            score?: number | null;
            /**
             * Is Stale
             * @default false
             */
            is_stale?: boolean;
            freshness?: components["schemas"]["ArtifactFreshness"];
            /**
             * Freshness State
             * @default unknown
             * @enum {string}
             */
            freshness_state?: "fresh" | "stale" | "unknown";
            /**
             * Freshness Reasons
             * @default []
             */
            freshness_reasons?: string[];
            /**
             * Run Plan Mode
             * @default unknown
             * @enum {string}
             */
            run_plan_mode?: "run" | "noop" | "conflict" | "unknown";
            /**
             * Rerunnable Document Count
             * @default 0
             */
            rerunnable_document_count?: number;
            /**
             * Schema Drift
             * @default unknown
             * @enum {string}
             */
            schema_drift?: "none" | "partial" | "drifted" | "unknown";
            /** Schema Drift Detail */
            schema_drift_detail?: string | null;
            drift?: components["schemas"]["ArtifactDrift"];
        };
        /**
         * WorkflowExperimentList
         * @description A page of `WorkflowExperiment` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowExperimentList: {
            /** Data */
            data: components["schemas"]["WorkflowExperiment"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowExperimentResult
         * @description One experiment block execution for a single document, addressed by `experiment_run_id` and `document_id`.
         */
        WorkflowExperimentResult: {
            /** Id */
            id: string;
            /** Experiment Run Id */
            experiment_run_id: string;
            /** Experiment Id */
            experiment_id: string;
            /** Document Id */
            document_id: string;
            /** Lifecycle */
            lifecycle: components["schemas"]["PendingWorkflowExperimentResult"] | components["schemas"]["QueuedWorkflowExperimentResult"] | components["schemas"]["RunningWorkflowExperimentResult"] | components["schemas"]["CompletedWorkflowExperimentResult"] | components["schemas"]["ErrorWorkflowExperimentResult"] | components["schemas"]["CancelledWorkflowExperimentResult"];
            timing: components["schemas"]["ExperimentResultTiming"];
            /**
             * Block Type
             * @enum {string}
             */
            block_type: "extract" | "classifier" | "split" | "for_each";
            /**
             * Handle Inputs
             * @default {}
             */
            handle_inputs?: {
                [key: string]: components["schemas"]["JsonHandleInput"] | components["schemas"]["FileHandleInput"];
            };
            /**
             * Handle Outputs
             * @default {}
             */
            handle_outputs?: {
                [key: string]: components["schemas"]["JsonHandleInput"] | components["schemas"]["FileHandleInput"];
            };
            artifact?: components["schemas"]["StepArtifactRef"] | null;
            /**
             * Attempt
             * @default 0
             */
            attempt?: number;
        };
        /**
         * WorkflowExperimentResultList
         * @description A page of `WorkflowExperimentResult` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowExperimentResultList: {
            /** Data */
            data: components["schemas"]["WorkflowExperimentResult"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowExperimentRun
         * @description A single execution of an experiment, identified by `id`.
         */
        WorkflowExperimentRun: {
            /** Id */
            id: string;
            /** Workflow Id */
            workflow_id: string;
            /** Workflow Version Id */
            workflow_version_id: string;
            trigger: components["schemas"]["ExperimentRunTrigger"];
            /** Experiment Id */
            experiment_id: string;
            /** Block Id */
            block_id: string;
            /**
             * Block Type
             * @enum {string}
             */
            block_type: "extract" | "classifier" | "split" | "for_each";
            /**
             * N Consensus
             * @enum {integer}
             */
            n_consensus: 3 | 5 | 7;
            /** Lifecycle */
            lifecycle: components["schemas"]["PendingWorkflowExperimentRun"] | components["schemas"]["QueuedWorkflowExperimentRun"] | components["schemas"]["RunningWorkflowExperimentRun"] | components["schemas"]["CompletedWorkflowExperimentRun"] | components["schemas"]["ErrorWorkflowExperimentRun"] | components["schemas"]["CancelledWorkflowExperimentRun"];
            timing: components["schemas"]["ExperimentRunTiming"];
            /** Parent Run Id */
            parent_run_id?: string | null;
            /** Block Version Id */
            block_version_id?: string | null;
            /** Metrics Validity Fingerprint */
            metrics_validity_fingerprint?: string | null;
            /** Metrics Validity Fingerprint Version */
            metrics_validity_fingerprint_version?: number | null;
            /** Block Execution Fingerprint */
            block_execution_fingerprint: string;
            /** Documents Fingerprint */
            documents_fingerprint: string;
            /** Score */
            score?: number | null;
            /**
             * Total Document Count
             * @default 0
             */
            total_document_count?: number;
            /**
             * Completed Document Count
             * @default 0
             */
            completed_document_count?: number;
            /**
             * Document Count
             * @default 0
             */
            document_count?: number;
            /**
             * Error Count
             * @default 0
             */
            error_count?: number;
        };
        /**
         * WorkflowExperimentRunList
         * @description A page of `WorkflowExperimentRun` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowExperimentRunList: {
            /** Data */
            data: components["schemas"]["WorkflowExperimentRun"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowExportPayloadRequest
         * @description Body describing which block outputs (or inputs) across a workflow's runs to export as CSV, with optional run, doc-type, and status filters.
         */
        WorkflowExportPayloadRequest: {
            /**
             * Workflow Id
             * @description Workflow ID to export
             */
            workflow_id: string;
            /**
             * Block Id
             * @description Block ID to export
             */
            block_id: string;
            /**
             * Export Source
             * @description Use block outputs or inputs
             * @default outputs
             * @enum {string}
             */
            export_source?: "outputs" | "inputs";
            /**
             * Selected Run Ids
             * @description Run IDs filter (null means all runs)
             */
            selected_run_ids?: string[] | null;
            /**
             * Selected Doc Types
             * @description Doc type filter (null/empty means all)
             */
            selected_doc_types?: string[] | null;
            /**
             * Status
             * @description Optional status filter (intersects with completed-only export scope)
             */
            status?: ("pending" | "queued" | "running" | "completed" | "error" | "failed" | "awaiting_review" | "cancelled") | null;
            /**
             * Exclude Status
             * @description Optional status exclusion filter (intersects with completed-only export scope)
             */
            exclude_status?: ("pending" | "queued" | "running" | "completed" | "error" | "failed" | "awaiting_review" | "cancelled") | null;
            /**
             * From Date
             * @description Optional start date filter (YYYY-MM-DD)
             */
            from_date?: string | null;
            /**
             * To Date
             * @description Optional end date filter (YYYY-MM-DD)
             */
            to_date?: string | null;
            /**
             * Trigger Type
             * @description Optional trigger type filter
             */
            trigger_type?: ("manual" | "api" | "schedule" | "webhook" | "email" | "restart") | null;
            /**
             * Preferred Columns
             * @description Preferred data column order
             * @default []
             */
            preferred_columns?: string[];
            /**
             * Delimiter
             * @description CSV field delimiter. Default is ';' (the Excel EU-locale default); pass ',' for RFC 4180 compatibility. Cell values are always quoted when they contain the delimiter, the line terminator, or the quote character, with embedded quotes doubled per RFC 4180.
             * @default ;
             */
            delimiter?: string;
            /**
             * Line Delimiter
             * @description CSV line delimiter
             * @default
             */
            line_delimiter?: string;
            /**
             * Quote
             * @description CSV quote character
             * @default "
             */
            quote?: string;
        };
        /**
         * WorkflowExportPayloadResponse
         * @description The exported data as CSV, with its row and column counts.
         */
        WorkflowExportPayloadResponse: {
            /**
             * Csv Data
             * @description CSV content
             */
            csv_data: string;
            /**
             * Rows
             * @description Data row count
             */
            rows: number;
            /**
             * Columns
             * @description Column count including fixed columns
             */
            columns: number;
        };
        /**
         * WorkflowGraphVersion
         * @description Public workflow version resource without tenant fields.
         */
        WorkflowGraphVersion: {
            /**
             * Id
             * @description Public content-addressed workflow version ID
             */
            id: string;
            /** Workflow Id */
            workflow_id: string;
            /**
             * Blocks
             * @default []
             */
            blocks?: components["schemas"]["WorkflowConfigBlock"][];
            /**
             * Edges
             * @default []
             */
            edges?: components["schemas"]["WorkflowConfigEdge"][];
            /**
             * Block Version Ids
             * @default []
             */
            block_version_ids?: string[];
            /**
             * Edge Version Ids
             * @default []
             */
            edge_version_ids?: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** WorkflowGraphVersionDiff */
        WorkflowGraphVersionDiff: {
            /** From Workflow Version Id */
            from_workflow_version_id: string;
            /** To Workflow Version Id */
            to_workflow_version_id: string;
            /**
             * Added Block Ids
             * @default []
             */
            added_block_ids?: string[];
            /**
             * Removed Block Ids
             * @default []
             */
            removed_block_ids?: string[];
            /**
             * Changed Block Ids
             * @default []
             */
            changed_block_ids?: string[];
            /**
             * Added Edge Ids
             * @default []
             */
            added_edge_ids?: string[];
            /**
             * Removed Edge Ids
             * @default []
             */
            removed_edge_ids?: string[];
            /**
             * Changed Edge Ids
             * @default []
             */
            changed_edge_ids?: string[];
        };
        /**
         * WorkflowGraphVersionList
         * @description A page of `WorkflowGraphVersion` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowGraphVersionList: {
            /** Data */
            data: components["schemas"]["WorkflowGraphVersion"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowList
         * @description A page of `Workflow` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowList: {
            /** Data */
            data: components["schemas"]["Workflow"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** WorkflowPublished */
        WorkflowPublished: {
            /**
             * Version Id
             * @description Published content-addressed workflow version ID
             */
            version_id?: string | null;
            /**
             * Published At
             * @description When the workflow was last published
             */
            published_at?: string | null;
            /**
             * Description
             * @description Release note attached to the currently published version. Echoes the `description` body passed to `POST /v1/workflows/{id}/publish` so the caller can confirm it was stored without a separate fetch.
             * @default
             */
            description?: string;
        };
        /**
         * WorkflowReview
         * @description One review and its current decision.
         */
        WorkflowReview: {
            /** Id */
            id: string;
            /** Workflow Id */
            workflow_id: string;
            /** Workflow Version Id */
            workflow_version_id: string;
            /** Run Id */
            run_id: string;
            /** Block Id */
            block_id: string;
            /** Step Id */
            step_id: string;
            /** Parent Step Id */
            parent_step_id?: string | null;
            /** Iteration Key */
            iteration_key?: string | null;
            /**
             * Block Type
             * @enum {string}
             */
            block_type: "extract" | "split" | "classifier" | "for_each";
            /** Triggered By */
            triggered_by: components["schemas"]["ReviewAlways"] | components["schemas"]["ReviewValidationFailed"] | components["schemas"]["ReviewConfidenceLt"] | components["schemas"]["ReviewCategoryIn"] | components["schemas"]["ReviewTopMarginLt"] | components["schemas"]["ReviewSplitCountNeq"] | components["schemas"]["ReviewAnySplitPagesLt"] | components["schemas"]["ReviewBoundaryConfidenceLt"] | components["schemas"]["ReviewAnyPagesUnassigned"] | components["schemas"]["ReviewAnyRequiredFieldNull"] | components["schemas"]["ReviewJsonCondition"] | components["schemas"]["ReviewBranchIn"] | components["schemas"]["ReviewAnyOf"] | components["schemas"]["ReviewAllOf"];
            /**
             * Created At
             * Format: date-time
             * @description When the review was created.
             */
            created_at: string;
            decision?: components["schemas"]["Decision"] | null;
        };
        /**
         * WorkflowReviewDecisionResponse
         * @description Response to a review approve or reject request.
         *
         *     Carries `resume_status` so callers can see whether the run resumed
         *     successfully.
         */
        WorkflowReviewDecisionResponse: {
            /**
             * Submission Status
             * @default accepted
             * @enum {string}
             */
            submission_status?: "accepted" | "already_applied" | "conflict";
            review: components["schemas"]["WorkflowReview"];
            /**
             * Resume Status
             * @default resumed
             * @enum {string}
             */
            resume_status?: "resumed" | "pending" | "failed" | "skipped";
            /** Resume Error */
            resume_error?: string | null;
        };
        /**
         * WorkflowReviewList
         * @description A page of `WorkflowReview` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowReviewList: {
            /** Data */
            data: components["schemas"]["WorkflowReview"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowReviewVersion
         * @description Public API shape for one immutable review version.
         */
        WorkflowReviewVersion: {
            /** Id */
            id: string;
            /** Review Id */
            review_id: string;
            /** Parent Id */
            parent_id?: string | null;
            /** @description Actor that created the version. */
            author: components["schemas"]["Actor"];
            /** Snapshot */
            snapshot: {
                [key: string]: unknown;
            };
            /** Note */
            note?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description When the review version was created.
             */
            created_at: string;
        };
        /**
         * WorkflowReviewVersionList
         * @description A page of `WorkflowReviewVersion` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowReviewVersionList: {
            /** Data */
            data: components["schemas"]["WorkflowReviewVersion"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowRun
         * @description A single execution of a workflow.
         */
        WorkflowRun: {
            /**
             * Id
             * @description Unique ID for this run
             */
            id: string;
            /**
             * Workflow Id
             * @description ID of the workflow that was run
             */
            workflow_id: string;
            /**
             * Workflow Version Id
             * @description Content-addressed workflow version used for this run.
             */
            workflow_version_id: string;
            /** @description What started this run */
            trigger: components["schemas"]["TriggerInfo"];
            /**
             * Lifecycle
             * @description Lifecycle state of the run.
             */
            lifecycle: components["schemas"]["PendingRun"] | components["schemas"]["RunningRun"] | components["schemas"]["AwaitingReviewRun"] | components["schemas"]["CompletedTerminal"] | components["schemas"]["ErrorTerminal"] | components["schemas"]["CancelledTerminal"];
            /** @description All timing information */
            timing: components["schemas"]["RunTiming"];
            /**
             * @description Input payloads supplied at run creation time
             * @default {
             *       "documents": {},
             *       "json_data": {}
             *     }
             */
            inputs?: components["schemas"]["RunInputs"];
            /**
             * Metadata
             * @description User-defined metadata associated with this workflow run.
             */
            metadata?: {
                [key: string]: string;
            } | null;
        };
        /**
         * WorkflowRunList
         * @description A page of `WorkflowRun` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowRunList: {
            /** Data */
            data: components["schemas"]["WorkflowRun"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /**
         * WorkflowStep
         * @description Public step status object.
         */
        WorkflowStep: {
            /**
             * Block Id
             * @description Logical ID of the block
             */
            block_id: string;
            /**
             * Step Id
             * @description Full step ID with iteration context. Assigned ONCE at creation, never recomputed.
             */
            step_id: string;
            /**
             * Block Type
             * @description Type of the block
             * @enum {string}
             */
            block_type: "start_document" | "start_json" | "note" | "parse" | "edit" | "extract" | "split" | "classifier" | "conditional" | "api_call" | "function" | "while_loop" | "for_each" | "merge_dicts" | "while_loop_sentinel_start" | "while_loop_sentinel_end" | "for_each_sentinel_start" | "for_each_sentinel_end";
            /**
             * Block Label
             * @description Label of the block
             */
            block_label: string;
            /**
             * Lifecycle
             * @description Current step lifecycle
             */
            lifecycle: components["schemas"]["PendingStepLifecycle"] | components["schemas"]["QueuedStepLifecycle"] | components["schemas"]["RunningStepLifecycle"] | components["schemas"]["CompletedStepLifecycle"] | components["schemas"]["AwaitingReviewStepLifecycle"] | components["schemas"]["ErrorStepLifecycle"] | components["schemas"]["SkippedStepLifecycle"] | components["schemas"]["CancelledStepLifecycle"];
            /**
             * Started At
             * @description When the step started executing
             */
            started_at?: string | null;
            /**
             * Completed At
             * @description When the step finished executing
             */
            completed_at?: string | null;
            /**
             * Model
             * @description LLM model used by this step, when applicable
             */
            model?: string | null;
            /**
             * Loop Containers
             * @description Container hierarchy from outermost to innermost. Empty when not inside any container.
             * @default []
             */
            loop_containers?: components["schemas"]["ContainerContextData"][];
            /**
             * Run Id
             * @description Parent workflow run ID
             */
            run_id: string;
            /**
             * Created At
             * @description When the step was created
             */
            created_at?: string | null;
            /**
             * Handle Inputs
             * @description Handle input payloads consumed by this step
             * @default {}
             */
            handle_inputs?: {
                [key: string]: components["schemas"]["PublicHandlePayload"];
            };
            /**
             * Handle Outputs
             * @description Handle output payloads produced by this step
             * @default {}
             */
            handle_outputs?: {
                [key: string]: components["schemas"]["PublicHandlePayload"];
            };
            /** @description Reference to the result produced by this step, if any. */
            artifact?: components["schemas"]["StepArtifactRef"] | null;
            /**
             * Retry Count
             * @description Number of retry attempts
             * @default 0
             */
            retry_count?: number;
        };
        /**
         * WorkflowStepList
         * @description A page of `WorkflowStep` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
         */
        WorkflowStepList: {
            /** Data */
            data: components["schemas"]["WorkflowStep"][];
            list_metadata: components["schemas"]["ListMetadata"];
        };
        /** WorkflowTable */
        WorkflowTable: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Filename */
            filename: string;
            /**
             * Project Id
             * @description Project that owns this table. Null only on legacy rows that predate the project backfill.
             */
            project_id?: string | null;
            /**
             * Source File Id
             * @default
             */
            source_file_id?: string;
            /**
             * Snapshot File Id
             * @default
             */
            snapshot_file_id?: string;
            /** Row Count */
            row_count: number;
            /**
             * Columns
             * @default []
             */
            columns?: components["schemas"]["WorkflowTableColumn"][];
            /**
             * Sample Rows
             * @default []
             */
            sample_rows?: {
                [key: string]: unknown;
            }[];
            /**
             * Metadata
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
            /** Uploaded By User Id */
            uploaded_by_user_id?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
        };
        /**
         * WorkflowTableAggregationFunction
         * @enum {string}
         */
        WorkflowTableAggregationFunction: "count" | "count_distinct" | "min" | "max" | "sum" | "avg";
        /** WorkflowTableAggregationRequest */
        WorkflowTableAggregationRequest: {
            function: components["schemas"]["WorkflowTableAggregationFunction"];
            /** Column */
            column?: string | null;
            /** Alias */
            alias?: string | null;
        };
        /** WorkflowTableColumn */
        WorkflowTableColumn: {
            /** Name */
            name: string;
            /**
             * Json Schema
             * @default {}
             */
            json_schema?: {
                [key: string]: unknown;
            };
            /**
             * Sample Values
             * @default []
             */
            sample_values?: string[];
            /**
             * Required
             * @default false
             */
            required?: boolean;
            /**
             * Unique
             * @default false
             */
            unique?: boolean;
        };
        /** WorkflowTableDistinctRequest */
        WorkflowTableDistinctRequest: {
            /** Column */
            column: string;
        };
        /** WorkflowTableExplain */
        WorkflowTableExplain: {
            /** Table Id */
            table_id: string;
            /**
             * Snapshot File Id
             * @default
             */
            snapshot_file_id?: string;
            /**
             * Selected Columns
             * @default []
             */
            selected_columns?: string[];
            /**
             * Filters
             * @default []
             */
            filters?: components["schemas"]["WorkflowTableFilterRule"][];
            search?: components["schemas"]["WorkflowTableSearchRequest"] | null;
            /**
             * Sort
             * @default []
             */
            sort?: components["schemas"]["WorkflowTableSortRule"][];
            /**
             * Offset
             * @default 0
             */
            offset?: number;
            /** Limit */
            limit?: number | null;
            distinct?: components["schemas"]["WorkflowTableDistinctRequest"] | null;
            /**
             * Group By
             * @default []
             */
            group_by?: string[];
            /**
             * Aggregations
             * @default []
             */
            aggregations?: components["schemas"]["WorkflowTableAggregationRequest"][];
        };
        /**
         * WorkflowTableFilterOperator
         * @enum {string}
         */
        WorkflowTableFilterOperator: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "contains" | "not_contains" | "starts_with" | "ends_with" | "in" | "not_in" | "between" | "is_empty" | "is_not_empty" | "is_null" | "is_not_null";
        /** WorkflowTableFilterRule */
        WorkflowTableFilterRule: {
            /** Column */
            column: string;
            operator: components["schemas"]["WorkflowTableFilterOperator"];
            /**
             * Value
             * @default null
             */
            value?: unknown;
        };
        /** WorkflowTableListResponse */
        WorkflowTableListResponse: {
            /**
             * Tables
             * @default []
             */
            tables?: components["schemas"]["WorkflowTable"][];
        };
        /** WorkflowTableProfileColumn */
        WorkflowTableProfileColumn: {
            /** Name */
            name: string;
            /**
             * Json Schema
             * @default {}
             */
            json_schema?: {
                [key: string]: unknown;
            };
            /** Row Count */
            row_count: number;
            /** Null Count */
            null_count: number;
            /** Empty Count */
            empty_count: number;
            /** Distinct Count */
            distinct_count: number;
            /**
             * Min
             * @default null
             */
            min?: unknown;
            /**
             * Max
             * @default null
             */
            max?: unknown;
            /**
             * Sample Values
             * @default []
             */
            sample_values?: string[];
            /**
             * Is Estimated
             * @default false
             */
            is_estimated?: boolean;
        };
        /** WorkflowTableProfileResponse */
        WorkflowTableProfileResponse: {
            /** Table Id */
            table_id: string;
            /** Row Count */
            row_count: number;
            /**
             * Columns
             * @default []
             */
            columns?: components["schemas"]["WorkflowTableProfileColumn"][];
        };
        /** WorkflowTableResponse */
        WorkflowTableResponse: {
            table: components["schemas"]["WorkflowTable"];
        };
        /** WorkflowTableRow */
        WorkflowTableRow: {
            /** Id */
            id: string;
            /**
             * Data
             * @default {}
             */
            data?: {
                [key: string]: unknown;
            };
            /** Position */
            position: number;
        };
        /** WorkflowTableRowsResponse */
        WorkflowTableRowsResponse: {
            /** Table Id */
            table_id: string;
            /**
             * Columns
             * @default []
             */
            columns?: components["schemas"]["WorkflowTableColumn"][];
            /**
             * Rows
             * @default []
             */
            rows?: components["schemas"]["WorkflowTableRow"][];
            /** Row Count */
            row_count: number;
            /** Filtered Row Count */
            filtered_row_count?: number | null;
            /**
             * Offset
             * @default 0
             */
            offset?: number;
            /** Limit */
            limit?: number | null;
            /**
             * Has More
             * @default false
             */
            has_more?: boolean;
            /** Next Cursor */
            next_cursor?: string | null;
            /** Previous Cursor */
            previous_cursor?: string | null;
            explain?: components["schemas"]["WorkflowTableExplain"] | null;
        };
        /** WorkflowTableSampleRequest */
        WorkflowTableSampleRequest: {
            /** Size */
            size: number;
        };
        /** WorkflowTableSchemaResponse */
        WorkflowTableSchemaResponse: {
            /** Table Id */
            table_id: string;
            /**
             * Columns
             * @default []
             */
            columns?: components["schemas"]["WorkflowTableColumn"][];
        };
        /** WorkflowTableSearchRequest */
        WorkflowTableSearchRequest: {
            /** Query */
            query: string;
            /** Columns */
            columns?: string[] | null;
        };
        /**
         * WorkflowTableSortDirection
         * @enum {string}
         */
        WorkflowTableSortDirection: "asc" | "desc";
        /** WorkflowTableSortRule */
        WorkflowTableSortRule: {
            /** Column */
            column: string;
            /** @default asc */
            direction?: components["schemas"]["WorkflowTableSortDirection"];
        };
        /** WorkflowTableTailRequest */
        WorkflowTableTailRequest: {
            /** Size */
            size: number;
        };
        /** WorkflowTableValidationColumnRule */
        WorkflowTableValidationColumnRule: {
            /** Type */
            type?: ("array" | "boolean" | "integer" | "null" | "number" | "object" | "string") | null;
            /** Format */
            format?: string | null;
            /**
             * Is Not Empty
             * @default false
             */
            is_not_empty?: boolean;
        };
        /** WorkflowTableValidationDiagnostic */
        WorkflowTableValidationDiagnostic: {
            severity: components["schemas"]["WorkflowTableValidationSeverity"];
            /** Column */
            column?: string | null;
            /** Rule */
            rule: string;
            /** Message */
            message: string;
        };
        /** WorkflowTableValidationRequest */
        WorkflowTableValidationRequest: {
            /**
             * Required Columns
             * @default []
             */
            required_columns?: string[];
            /**
             * Columns
             * @default {}
             */
            columns?: {
                [key: string]: components["schemas"]["WorkflowTableValidationColumnRule"];
            };
            /**
             * Unique
             * @default []
             */
            unique?: string[][];
        };
        /** WorkflowTableValidationResponse */
        WorkflowTableValidationResponse: {
            /** Table Id */
            table_id: string;
            /**
             * Diagnostics
             * @default []
             */
            diagnostics?: components["schemas"]["WorkflowTableValidationDiagnostic"][];
            /**
             * Has Errors
             * @default false
             */
            has_errors?: boolean;
        };
        /**
         * WorkflowTableValidationSeverity
         * @enum {string}
         */
        WorkflowTableValidationSeverity: "error" | "warning";
        /**
         * WorkflowVersionFieldDiff
         * @description One changed field between two immutable version resources.
         */
        WorkflowVersionFieldDiff: {
            /** Field */
            field: string;
            /** From Value */
            from_value?: unknown | null;
            /** To Value */
            to_value?: unknown | null;
        };
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
    };
    responses: {
        /** @description The request was refused (for example `before` and `after` sent together). */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Pass either 'before' or 'after', not both."
                 *     }
                 */
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
                /**
                 * @example {
                 *       "detail": "Invalid API key"
                 *     }
                 */
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
                /**
                 * @example {
                 *       "detail": "This API key does not have permission to access this resource"
                 *     }
                 */
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
                /**
                 * @example {
                 *       "detail": "Not found"
                 *     }
                 */
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
                /**
                 * @example {
                 *       "detail": "Upload session expired"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
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
                /**
                 * @example {
                 *       "detail": "Rate limit exceeded. Please try again later."
                 *     }
                 */
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
                /**
                 * @example {
                 *       "detail": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
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
    list_classifications: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                status?: ("pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled") | null;
                from_date?: string | null;
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassificationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_classification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClassificationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_classification: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                classification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_classification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_classification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_consensus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsensusRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_edits: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                template_id?: string | null;
                status?: ("pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled") | null;
                from_date?: string | null;
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_edit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEditRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edit"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_templates: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                name?: string | null;
                sort_by?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEditTemplateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTemplate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTemplate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEditTemplateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTemplate"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_edit: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                edit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edit"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edit_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Edit"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_extractions: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                /** @description Deprecated alias for prefix filename filtering. Regex patterns are rejected. */
                filename_regex?: string | null;
                /** @description Plain-text search over the filename. */
                filename_contains?: string | null;
                /** @description Filter by document type. Can be repeated. Accepted values: bmp, csv, doc, docm, docx, dotm, dotx, eml, gif, heic, heif, htm, html, jpeg, jpg, json, md, mhtml, msg, odp, ods, odt, ots, ott, pdf, png, ppt, pptx, rtf, svg, tif, tiff, tsv, txt, webp, xlam, xls, xlsb, xlsm, xlsx, xltm, xltx, xml, yaml, yml. */
                document_type?: string[] | null;
                status?: ("pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled") | null;
                from_date?: string | null;
                to_date?: string | null;
                metadata?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_extraction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExtractionRequest"];
            };
        };
        responses: {
            /** @description Streaming extraction chunks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/stream+json": unknown;
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extraction"];
                };
            };
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extraction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_extraction_stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExtractionRequest"];
            };
        };
        responses: {
            /** @description Streaming extraction chunks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/stream+json": unknown;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_extraction: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                extraction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extraction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_extraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extraction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_extraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extraction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extraction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_extraction_sources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                extraction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractionSources"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_files: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                /** @description Items per page */
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                mime_type?: string | null;
                from_date?: string | null;
                to_date?: string | null;
                /** @description Include embeddings in the response */
                include_embeddings?: boolean;
                sort_by?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
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
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_file_blueprint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFileBlueprintRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileBlueprint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_file_blueprint: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                blueprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileBlueprint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_file_blueprint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blueprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileBlueprint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFileUploadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
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
            /** @description Successful Response */
            200: {
                headers: {
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
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    download_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileLink"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_parses: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                from_date?: string | null;
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_parse: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateParseRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Parse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_parse: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                parse_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Parse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_parse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parse_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_parse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parse_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Parse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_partitions: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                status?: ("pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled") | null;
                from_date?: string | null;
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartitionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_partitions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartitionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partition"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_partition: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                partition_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partition"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_partition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partition_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_partition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partition_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partition"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    generate_schema_from_examples: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateSchemaRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaGeneration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_secrets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_secret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSecretRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    set_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSecretRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_secret_value: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretValueResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_splits: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                filename?: string | null;
                status?: ("pending" | "queued" | "in_progress" | "completed" | "failed" | "cancelled") | null;
                from_date?: string | null;
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_split: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSplitRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Split"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    reconstruct_split: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconstructRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconstructResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_split: {
        parameters: {
            query?: {
                /** @description When false, returns a cheap status-only projection (no output), served from cache for in-flight background runs. */
                include_output?: boolean;
            };
            header?: never;
            path: {
                split_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Split"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_split: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                split_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_split: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                split_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Split"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_tables: {
        parameters: {
            query?: {
                /** @description Only return tables belonging to this project. */
                project_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_table: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateWorkflowTableUploadRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    replace_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReplaceWorkflowTableUploadRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowTableRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    download_table_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    profile_table: {
        parameters: {
            query?: {
                select?: string[];
            };
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableProfileResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    query_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["QueryWorkflowTableRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableRowsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_table_schema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableSchemaResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validate_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowTableValidationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTableValidationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_usage_blocks: {
        parameters: {
            query?: {
                /** @description Maximum number of block rows to return. */
                limit?: number;
                /** @description Sort direction on block id. */
                order?: "asc" | "desc";
                /** @description Return blocks before this cursor (opaque token from a prior page's list_metadata). */
                before?: string | null;
                /** @description Return blocks after this cursor (opaque token from a prior page's list_metadata). */
                after?: string | null;
                /** @description Filter to a single workflow id. */
                workflow_id?: string | null;
                /** @description Filter by block type: extract, classify, split, parse, edit, or partition. These are the primitive-kind names recorded on the execution, which differ from the workflow block type enum (a classifier block records classify). An unknown value is rejected with 422. */
                block_type?: string | null;
                /** @description Inclusive activity lower bound (YYYY-MM-DD, UTC). */
                from_date?: string | null;
                /** @description Inclusive activity upper bound (YYYY-MM-DD, UTC). */
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageBlockList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_usage_primitives: {
        parameters: {
            query?: {
                /** @description Maximum number of execution rows to return. */
                limit?: number;
                /** @description Sort direction on execution created_at. */
                order?: "asc" | "desc";
                /** @description Return executions before this primitive-execution id (keyset cursor). */
                before?: string | null;
                /** @description Return executions after this primitive-execution id (keyset cursor). */
                after?: string | null;
                /** @description Scope the export to this environment id within the caller's organization. Defaults to the authenticated identity's environment. */
                environment_id?: string | null;
                /** @description Filter to a single workflow id (origin workflow). */
                workflow_id?: string | null;
                /** @description Filter to executions owned by a single project id. */
                project_id?: string | null;
                /** @description Filter to executions triggered by a single API key id (the api_key_id returned under triggered_by). */
                api_key_id?: string | null;
                /** @description Filter to executions triggered by a single access token id (the access_token_id returned under triggered_by). */
                access_token_id?: string | null;
                /** @description Filter to executions triggered by a single user id (the user_id returned under triggered_by). */
                user_id?: string | null;
                /** @description Filter to a single workflow run id (origin run). */
                run_id?: string | null;
                /** @description Filter to a single workflow block id (origin block). */
                block_id?: string | null;
                /** @description Filter by operation: extraction, classify, split, parse, edit, partition, schema_generation, or consensus. The stored-kind aliases extract and classification are also accepted. An unknown value is rejected with 422. */
                operation?: string | null;
                /** @description Filter by execution lifecycle status: created, running, completed, failed, or canceled. Note the single-l spelling: a primitive execution is canceled, whereas a workflow run's status is cancelled. An unknown value is rejected with 422. */
                status?: string | null;
                /** @description Filter by metadata equality: a JSON object of string key/value pairs (e.g. {"tenant":"acme"}). Pairs AND together. */
                metadata?: string | null;
                /** @description Inclusive created_at lower bound (YYYY-MM-DD, UTC). */
                from_date?: string | null;
                /** @description Inclusive created_at upper bound (YYYY-MM-DD, UTC). */
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsagePrimitiveList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_usage_runs: {
        parameters: {
            query?: {
                /** @description Maximum number of run rows to return. */
                limit?: number;
                /** @description Sort direction on run created_at. */
                order?: "asc" | "desc";
                /** @description Return runs before this run id (keyset cursor). */
                before?: string | null;
                /** @description Return runs after this run id (keyset cursor). */
                after?: string | null;
                /** @description Filter to a single workflow id. */
                workflow_id?: string | null;
                /** @description Filter by lifecycle status: pending, queued, running, completed, error, failed, awaiting_review, or cancelled. */
                status?: string | null;
                /** @description Filter by trigger type: manual, api, schedule, webhook, email, or restart. */
                trigger_type?: string | null;
                /** @description Inclusive created_at lower bound (YYYY-MM-DD, UTC). */
                from_date?: string | null;
                /** @description Inclusive created_at upper bound (YYYY-MM-DD, UTC). */
                to_date?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflows: {
        parameters: {
            query?: {
                before?: string | null;
                after?: string | null;
                /** @description Items per page */
                limit?: number;
                order?: "asc" | "desc";
                sort_by?: string;
                /** @description Only return workflows belonging to this project. Use the shared project's id to list the organization's shared workflows. */
                project_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
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
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_artifacts: {
        parameters: {
            query?: {
                /** @description Workflow run ID whose artifacts should be listed. Required unless `step_id` is provided. */
                run_id?: string | null;
                /** @description Optional artifact operation filter */
                operation?: ("extraction" | "split" | "classification" | "parse" | "edit" | "partition" | "conditional_evaluation" | "review_trigger_evaluation" | "while_loop_termination" | "api_call_invocation" | "function_invocation") | null;
                /** @description Optional block_id or step_id filter */
                block_id?: string | null;
                /** @description Optional step id filter. When provided, returns the single artifact attached to that step (or an empty list if the step has no artifact). `run_id` is not required when `step_id` is set — it is resolved from the step record. */
                step_id?: string | null;
                /** @description Step id cursor: return the page before this step (mutually exclusive with `after`). Ignored when `step_id` is set. */
                before?: string | null;
                /** @description Step id cursor: return the page after this step (mutually exclusive with `before`). Ignored when `step_id` is set. */
                after?: string | null;
                /** @description Maximum number of artifacts to return per page (1-200). Ignored when `step_id` is set (that path returns the single attached artifact). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowArtifactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_artifact_by_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                artifact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractionWorkflowArtifact"] | components["schemas"]["SplitWorkflowArtifact"] | components["schemas"]["ClassificationWorkflowArtifact"] | components["schemas"]["ParseWorkflowArtifact"] | components["schemas"]["EditWorkflowArtifact"] | components["schemas"]["PartitionWorkflowArtifact"] | components["schemas"]["ConditionalEvaluationWorkflowArtifact"] | components["schemas"]["ReviewEvaluationWorkflowArtifact"] | components["schemas"]["WhileLoopTerminationWorkflowArtifact"] | components["schemas"]["ApiCallInvocationWorkflowArtifact"] | components["schemas"]["FunctionInvocationWorkflowArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_blocks: {
        parameters: {
            query: {
                workflow_id: string;
                /** @description Block id cursor: return the page before this id (mutually exclusive with `after`). */
                before?: string | null;
                /** @description Block id cursor: return the page after this id (mutually exclusive with `before`). */
                after?: string | null;
                /** @description Maximum number of blocks to return per page (1-200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
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
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_block: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowBlockRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_block_executions: {
        parameters: {
            query: {
                run_id: string;
                block_id: string;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockExecutionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_block_execution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBlockExecutionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockExecution"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_block_versions: {
        parameters: {
            query: {
                workflow_id: string;
                /** @description Filter by stable block ID */
                block_id?: string | null;
                /** @description Filter by workflow version ID */
                workflow_version_id?: string | null;
                /** @description Block version cursor before */
                before?: string | null;
                /** @description Block version cursor after */
                after?: string | null;
                /** @description Maximum number of block versions to return */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlockVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    diff_block_versions: {
        parameters: {
            query: {
                from_block_version_id: string;
                to_block_version_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlockVersionDiff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_block_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                block_version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlockVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    restore_block_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                block_version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_block: {
        parameters: {
            query?: {
                /** @description Disambiguates a block id that is shared by more than one workflow. Required only when the block id is not unique within your organization — otherwise the call returns 409 listing the colliding workflow_ids. Server-generated block IDs are always unique and never need this. */
                workflow_id?: string | null;
            };
            header?: never;
            path: {
                block_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_block: {
        parameters: {
            query?: {
                /** @description Disambiguates a block id that is shared by more than one workflow. Required only when the block id is not unique within your organization. */
                workflow_id?: string | null;
            };
            header?: never;
            path: {
                block_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_block: {
        parameters: {
            query?: {
                /** @description Disambiguates a block id that is shared by more than one workflow. Required only when the block id is not unique within your organization. */
                workflow_id?: string | null;
            };
            header?: never;
            path: {
                block_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowBlockRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowBlock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validate_block_config: {
        parameters: {
            query?: {
                /** @description Workflow ID to disambiguate legacy duplicate block IDs. Omit for normal server-generated block IDs. */
                workflow_id?: string | null;
            };
            header?: never;
            path: {
                block_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateWorkflowBlockConfigRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateWorkflowBlockConfigResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_edges: {
        parameters: {
            query: {
                workflow_id: string;
                /** @description Filter by source block ID */
                source_block?: string | null;
                /** @description Filter by target block ID */
                target_block?: string | null;
                /** @description Edge id cursor: return the page before this id (mutually exclusive with `after`). */
                before?: string | null;
                /** @description Edge id cursor: return the page after this id (mutually exclusive with `before`). */
                after?: string | null;
                /** @description Maximum number of edges to return per page (1-200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdgeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_edge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowEdgeRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdge"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_edge_versions: {
        parameters: {
            query: {
                workflow_id: string;
                /** @description Filter by stable edge ID */
                edge_id?: string | null;
                /** @description Filter by workflow version ID */
                workflow_version_id?: string | null;
                /** @description Edge version cursor before */
                before?: string | null;
                /** @description Edge version cursor after */
                after?: string | null;
                /** @description Maximum number of edge versions to return */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdgeVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    diff_edge_versions: {
        parameters: {
            query: {
                from_edge_version_id: string;
                to_edge_version_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdgeVersionDiff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_edge_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edge_version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdgeVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    restore_edge_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edge_version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdge"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_edge: {
        parameters: {
            query?: {
                workflow_id?: string | null;
            };
            header?: never;
            path: {
                edge_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEdge"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_edge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edge_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_evals: {
        parameters: {
            query: {
                workflow_id: string;
                target_block_id?: string | null;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_workflow_eval: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowEvalRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEval"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_eval_results: {
        parameters: {
            query: {
                run_id: string;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalResultList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_eval_result: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                result_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_eval_runs: {
        parameters: {
            query?: {
                workflow_id?: string | null;
                eval_id?: string | null;
                target_block_id?: string | null;
                status?: string | null;
                exclude_status?: string | null;
                trigger_type?: string | null;
                from_date?: string | null;
                to_date?: string | null;
                sort_by?: string;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalRunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_workflow_eval_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowEvalRunRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_eval_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_workflow_eval_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEvalRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_eval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eval_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEval"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_workflow_eval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eval_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_workflow_eval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eval_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowEvalRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowEval"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_experiments: {
        parameters: {
            query: {
                workflow_id: string;
                block_id?: string | null;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperimentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_experiment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExperimentRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperiment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_experiment_metrics_for_run: {
        parameters: {
            query: {
                run_id: string;
                view?: "summary" | "by_document" | "by_target" | "votes";
                document_id?: string | null;
                target_path?: string | null;
                include_prior?: boolean;
                prior_run_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentSummaryMetricsResponse"] | components["schemas"]["ExperimentByDocumentMetricsResponse"] | components["schemas"]["ExperimentByTargetMetricsResponse"] | components["schemas"]["ExperimentVotesMetricsResponse"] | components["schemas"]["ExperimentMetricsStaleError"] | components["schemas"]["ExperimentMetricsMissingError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_experiment_results: {
        parameters: {
            query: {
                run_id: string;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperimentResultList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_experiment_result: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                result_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperimentResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_experiment_runs: {
        parameters: {
            query?: {
                workflow_id?: string | null;
                experiment_id?: string | null;
                block_id?: string | null;
                status?: ("pending" | "queued" | "running" | "completed" | "error" | "cancelled") | null;
                exclude_status?: ("pending" | "queued" | "running" | "completed" | "error" | "cancelled") | null;
                trigger_type?: string | null;
                from_date?: string | null;
                to_date?: string | null;
                sort_by?: string;
                before?: string | null;
                after?: string | null;
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperimentRunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_experiment_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExperimentRunRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperimentRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_experiment_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperimentRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_experiment_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelWorkflowExperimentRunResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_experiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experiment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperiment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_experiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experiment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_experiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experiment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExperimentRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExperiment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_reviews: {
        parameters: {
            query?: {
                workflow_id?: string | null;
                run_id?: string | null;
                block_id?: string | null;
                step_id?: string | null;
                iteration_key?: string | null;
                /** @description Filter by decision state: pending, approved, rejected, decided, or all. */
                decision_status?: "pending" | "approved" | "rejected" | "decided" | "all";
                /** @description Cursor: only return reviews that appear before this review id in the result order. Use list_metadata.before from the previous page. */
                before?: string | null;
                /** @description Cursor: only return reviews that appear after this review id in the result order. Use list_metadata.after from the previous page. */
                after?: string | null;
                limit?: number;
                /** @description Sort direction over created_at. 'asc' (default) returns the oldest reviews first; 'desc' returns the newest first. Cursor paging with before/after follows the chosen direction. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReviewList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_review_versions: {
        parameters: {
            query: {
                /** @description Required: the review whose versions to list. */
                review_id: string;
                before?: string | null;
                after?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReviewVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_review_version: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewVersionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReviewVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_review_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReviewVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    approve_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveReviewRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReviewDecisionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    reject_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                review_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectReviewRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowReviewDecisionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_runs: {
        parameters: {
            query?: {
                /** @description Filter by workflow ID */
                workflow_id?: string | null;
                /** @description Filter by run status */
                status?: ("pending" | "queued" | "running" | "completed" | "error" | "failed" | "awaiting_review" | "cancelled") | null;
                /** @description Exclude runs with this status */
                exclude_status?: ("pending" | "queued" | "running" | "completed" | "error" | "failed" | "awaiting_review" | "cancelled") | null;
                /** @description Filter by trigger type */
                trigger_type?: ("manual" | "api" | "schedule" | "webhook" | "email" | "restart") | null;
                /** @description Filter runs created on or after this date (YYYY-MM-DD) */
                from_date?: string | null;
                /** @description Filter runs created on or before this date (YYYY-MM-DD) */
                to_date?: string | null;
                /** @description Filter runs with duration >= this value in milliseconds */
                min_duration_ms?: number | null;
                /** @description Filter runs with duration <= this value in milliseconds */
                max_duration_ms?: number | null;
                /** @description Search by run ID (partial match) */
                search?: string | null;
                /** @description Filter by metadata equality: a JSON object of key/value pairs (e.g. {"tenant":"acme"}). Pairs AND together. */
                metadata?: string | null;
                before?: string | null;
                after?: string | null;
                /** @description Items per page */
                limit?: number;
                order?: "asc" | "desc";
                sort_by?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
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
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_workflow_run: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried create safe: the same key with the same body returns what the first
                 *     request started instead of starting another.
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
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_export_payload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowExportPayloadRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowExportPayloadResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_workflow_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancel_workflow_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelWorkflowRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelWorkflowResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    apply_workflow_spec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarativeWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarativeApplyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    plan_workflow_spec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarativeWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarativePlanResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validate_workflow_spec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarativeWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarativeValidationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_run_steps: {
        parameters: {
            query?: {
                /** @description Optional workflow run ID filter. */
                run_id?: string | null;
                workflow_id?: string | null;
                /** @description Optional logical block ID filter. */
                block_id?: string | null;
                /** @description Optional step ID filter. */
                step_id?: string | null;
                /** @description Optional block type filter. Repeat the query parameter for multiple values. */
                block_type?: string[] | null;
                /** @description Optional step lifecycle status filter. Repeat the query parameter for multiple values. */
                status?: string[] | null;
                /** @description Step id cursor: return the page before this id (mutually exclusive with `after`). */
                before?: string | null;
                /** @description Step id cursor: return the page after this id (mutually exclusive with `before`). */
                after?: string | null;
                /** @description Maximum number of steps to return per page (1-1000). Each step hydrates its handle payloads from the artifact store, so raise it deliberately for larger pages and use cursor pagination for the rest. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStepList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_step: {
        parameters: {
            query?: {
                /** @description Optional workflow run ID disambiguator. */
                run_id?: string | null;
            };
            header?: never;
            path: {
                step_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowStep"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    list_workflow_versions: {
        parameters: {
            query: {
                /** @description Workflow whose versions to list */
                workflow_id: string;
                /** @description Workflow version cursor before */
                before?: string | null;
                /** @description Workflow version cursor after */
                after?: string | null;
                /** @description Maximum number of versions to return */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowGraphVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    diff_workflow_versions: {
        parameters: {
            query: {
                /** @description Workflow whose versions to diff */
                workflow_id: string;
                /** @description Base workflow version ID */
                from_workflow_version_id: string;
                /** @description Target workflow version ID */
                to_workflow_version_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowGraphVersionDiff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_workflow_version: {
        parameters: {
            query: {
                /** @description Workflow that owns the version. Workflow version ids are content-addressed by executable spec, so workflow_id disambiguates identical specs reused across workflows. */
                workflow_id: string;
            };
            header?: never;
            path: {
                workflow_version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowGraphVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    restore_workflow_version: {
        parameters: {
            query: {
                /** @description Workflow to restore into a new draft */
                workflow_id: string;
            };
            header?: never;
            path: {
                workflow_version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_workflow: {
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
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    discard_draft_workflow: {
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    publish_workflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublishWorkflowRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    export_workflow_spec: {
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarativeExportResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    apply_existing_workflow_spec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarativeWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarativeApplyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    plan_existing_workflow_spec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarativeWorkflowRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarativePlanResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
