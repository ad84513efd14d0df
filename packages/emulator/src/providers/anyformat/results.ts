import { createSeededRandom } from "../../framework/random.js";
import type { FieldTemplate } from "./catalog.js";
import { hashString } from "./ids.js";
import type { StoredCollection, StoredWorkflow } from "./model.js";

interface ExtractedField {
  value: unknown;
  confidence: number | null;
  evidence: { text: string; page_number: number }[];
  value_override: null;
  verification_status: string;
}

type ExtractionValue = ExtractedField | Record<string, ExtractedField>[];

/**
 * The 200 body of the results endpoint for a processed collection, in the newer documented shape
 * (`parse`, `classifications`, `splits`, `extractions`) plus the legacy `extraction` map. Values are
 * derived from the collection id, so the same run always returns the same results and nothing is
 * stored per run.
 *
 * @example
 * ```ts
 * buildResults(workflow, collection).extraction.invoice_number.value; // "INV-2024-0847"
 * ```
 */
export function buildResults(workflow: StoredWorkflow, collection: StoredCollection) {
  const random = createSeededRandom(hashString(collection.id));
  const extraction: Record<string, ExtractionValue> = {};
  for (const field of workflow.template.fields) extraction[field.name] = extractField(field, random);
  const title = collection.name ?? "text input";
  const markdown =
    collection.text !== null
      ? `<DOCUMENT id="1" page="1">\n${collection.text}\n</DOCUMENT>`
      : `<DOCUMENT id="1" page="1">\n# ${workflow.template.name}: ${title}\n\n${summarize(extraction)}\n</DOCUMENT>`;
  return {
    collection_id: collection.id,
    verification_url: `https://app.anyformat.ai/workflows/${workflow.id}/files/${collection.id}`,
    parse: { markdown },
    classifications: [],
    splits: [],
    extractions: [{ split_name: null, partition: null, fields: extraction }],
    extraction,
  };
}

function extractField(field: FieldTemplate, random: () => number): ExtractionValue {
  if (field.kind === "list") {
    const rows = 1 + Math.floor(random() * 3);
    return Array.from({ length: rows }, (_, row) => {
      const entry: Record<string, ExtractedField> = {};
      for (const column of field.columns ?? [])
        entry[column] = extracted(cellValue(column, row, random), random);
      return entry;
    });
  }
  return extracted(scalarValue(field, random), random);
}

function extracted(value: unknown, random: () => number): ExtractedField {
  return {
    value,
    confidence: Math.round((80 + random() * 19.9) * 10) / 10,
    evidence: [{ text: String(value), page_number: 1 + Math.floor(random() * 2) }],
    value_override: null,
    verification_status: "not_verified",
  };
}

function scalarValue(field: FieldTemplate, random: () => number): unknown {
  switch (field.kind) {
    case "float":
      return Math.round(random() * 1_000_000) / 100;
    case "integer":
      return 1 + Math.floor(random() * 30);
    case "boolean":
      return random() < 0.5;
    case "date":
      return new Date(Date.UTC(2026, Math.floor(random() * 12), 1 + Math.floor(random() * 28)))
        .toISOString()
        .slice(0, 10);
    default: {
      const samples = field.samples ?? ["n/a"];
      return samples[Math.floor(random() * samples.length)];
    }
  }
}

function cellValue(column: string, row: number, random: () => number): unknown {
  if (column === "quantity") return 1 + Math.floor(random() * 10);
  if (column === "amount") return Math.round(random() * 100_000) / 100;
  if (column === "date") return `2026-0${1 + (row % 9)}-1${row % 10}`;
  return ["Consulting hours", "Licence renewal", "Travel expenses", "Hardware"][Math.floor(random() * 4)];
}

function summarize(extraction: Record<string, ExtractionValue>): string {
  return Object.entries(extraction)
    .filter((entry): entry is [string, ExtractedField] => !Array.isArray(entry[1]))
    .map(([name, field]) => `- ${name}: ${String(field.value)}`)
    .join("\n");
}
