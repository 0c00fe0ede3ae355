/**
 * Cash-free payment: VietQR (the EMVCo merchant-presented QR profile of NAPAS) payloads for fees and
 * for producers, payment requests and their reconciliation against the bank's notices. It depends
 * only on shared; dossiers and the marketplace use it.
 */
package vn.langso.payment;
