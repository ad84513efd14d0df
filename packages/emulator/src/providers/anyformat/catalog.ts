/**
 * The workflow templates the emulator serves: realistic names and extraction fields. Field kinds
 * drive the fake values in results (`list` fields come back as rows of `columns`).
 */

/** The data types AnyFormat fields use in the emulator. */
export type FieldKind = "string" | "date" | "float" | "integer" | "boolean" | "list";

/** One extraction field of a workflow template. */
export interface FieldTemplate {
  readonly name: string;
  readonly description: string;
  readonly kind: FieldKind;
  /** Sample values a `string` field draws from. */
  readonly samples?: readonly string[];
  /** Column names of a `list` field's rows. */
  readonly columns?: readonly string[];
}

/** A workflow template: name, description and fields. */
export interface WorkflowTemplate {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly FieldTemplate[];
}

/** Every template, in the order default workflows are created. */
export const WORKFLOW_TEMPLATES: readonly WorkflowTemplate[] = [
  {
    name: "Invoice extraction",
    description: "Pulls header fields, totals and line items from supplier invoices",
    fields: [
      {
        name: "invoice_number",
        description: "The invoice number printed in the header",
        kind: "string",
        samples: ["INV-2024-0847", "A-10233", "2026/0419", "FAC-88120"],
      },
      { name: "invoice_date", description: "Date the invoice was issued", kind: "date" },
      {
        name: "vendor_name",
        description: "Legal name of the supplier",
        kind: "string",
        samples: ["Acme Corp.", "Globex GmbH", "Initech S.L.", "Umbrella Ltd"],
      },
      { name: "total_amount", description: "Invoice total including tax", kind: "float" },
      {
        name: "currency",
        description: "ISO 4217 currency code",
        kind: "string",
        samples: ["EUR", "USD", "GBP"],
      },
      {
        name: "line_items",
        description: "Each billed line",
        kind: "list",
        columns: ["description", "quantity", "amount"],
      },
    ],
  },
  {
    name: "Resume parsing",
    description: "Candidate contact details and experience from CVs",
    fields: [
      {
        name: "full_name",
        description: "Candidate's full name",
        kind: "string",
        samples: ["Jordan Avery", "María López", "Chen Wei", "Amara Okafor"],
      },
      {
        name: "email",
        description: "Contact e-mail address",
        kind: "string",
        samples: ["jordan.avery@example.com", "maria.lopez@example.org"],
      },
      { name: "years_experience", description: "Total years of professional experience", kind: "integer" },
      {
        name: "open_to_relocation",
        description: "Whether the candidate states they would relocate",
        kind: "boolean",
      },
    ],
  },
  {
    name: "Contract review",
    description: "Parties, dates and renewal terms from commercial contracts",
    fields: [
      {
        name: "party_a",
        description: "First contracting party",
        kind: "string",
        samples: ["Acme Corp.", "Northwind Traders"],
      },
      {
        name: "party_b",
        description: "Second contracting party",
        kind: "string",
        samples: ["Globex GmbH", "Contoso Ltd"],
      },
      { name: "effective_date", description: "Date the contract takes effect", kind: "date" },
      { name: "auto_renewal", description: "Whether the contract renews automatically", kind: "boolean" },
    ],
  },
  {
    name: "Bank statement",
    description: "Account holder, period and balances from bank statements",
    fields: [
      {
        name: "account_holder",
        description: "Name on the account",
        kind: "string",
        samples: ["Jordan Avery", "Initech S.L."],
      },
      { name: "closing_balance", description: "Balance at the end of the period", kind: "float" },
      {
        name: "transactions",
        description: "Every transaction in the period",
        kind: "list",
        columns: ["date", "description", "amount"],
      },
    ],
  },
  {
    name: "Delivery note",
    description: "Shipment references and quantities from delivery notes",
    fields: [
      {
        name: "delivery_number",
        description: "Delivery note reference",
        kind: "string",
        samples: ["DN-55120", "ALB-2026-771"],
      },
      { name: "delivery_date", description: "Date goods were delivered", kind: "date" },
      { name: "total_packages", description: "Number of packages", kind: "integer" },
    ],
  },
];
