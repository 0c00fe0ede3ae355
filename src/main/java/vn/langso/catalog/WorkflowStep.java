package vn.langso.catalog;

/**
 * One step of a procedure's workflow template: who does it and what share of the deadline it has.
 *
 * @param step one of RECEIVE, PROCESS, APPROVE, RETURN
 * @param role the name of the role (vn.langso.identity.Role) that performs it
 * @param sharePercent the part of the processing time planned for the step
 */
public record WorkflowStep(String step, String role, int sharePercent) {
}
