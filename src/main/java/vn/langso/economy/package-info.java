/**
 * The commune's digital economy: producers (households, cooperatives, enterprises), their products with
 * OCOP stars, growing-area codes, batch traceability as GS1 EPCIS 2.0 events with GS1 Digital Link labels
 * and a public trace page, and the local marketplace with VietQR payment and the registry of e-payment points.
 */
package vn.langso.economy;
