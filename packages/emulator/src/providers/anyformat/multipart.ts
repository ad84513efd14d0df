/** A multipart body read into its fields; null when it could not be parsed. */
export type FormFields = FormData | null;

/**
 * Parses a `multipart/form-data` (or urlencoded) body with the platform's own parser (the one
 * behind `Response.formData()`), so file parts arrive as `File` with their names.
 *
 * @example
 * ```ts
 * const form = await readForm(request.body, request.headers["content-type"]);
 * form?.get("file"); // File | string | null
 * ```
 */
export async function readForm(body: Uint8Array, contentType: string): Promise<FormFields> {
  try {
    // The copy gives the parser an ArrayBuffer-backed view, which BodyInit requires.
    return await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/**
 * True for the content types a form endpoint accepts.
 *
 * @example
 * ```ts
 * isFormContentType("multipart/form-data; boundary=x"); // true
 * ```
 */
export function isFormContentType(contentType: string | undefined): contentType is string {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type === "multipart/form-data" || type === "application/x-www-form-urlencoded";
}
