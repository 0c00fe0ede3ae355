/**
 * The public catalogue of administrative procedures (thủ tục hành chính): national codes, legal basis,
 * documents, fees, working-day deadlines, the application form as JSON Schema and the workflow template,
 * each change kept as a new version so dossiers already submitted keep the rules they were filed under.
 * It also prints the QR posters that send a citizen from the notice board to the online form.
 */
package vn.langso.catalog;
