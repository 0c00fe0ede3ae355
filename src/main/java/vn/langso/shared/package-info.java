/**
 * The tiny kernel every module may use: value types such as {@link vn.langso.shared.CitizenId} and
 * {@link vn.langso.shared.PhoneNumber}, diacritic-insensitive text folding, and typed HTTP exceptions.
 * It depends on nothing, so that no module ever needs another just for a value type.
 */
package vn.langso.shared;
