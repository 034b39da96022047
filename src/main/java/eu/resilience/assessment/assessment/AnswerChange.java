package eu.resilience.assessment.assessment;

/**
 * One answer to store among several at once (a workbook upload), with the revision the answer had when the file was made.
 *
 * @param expectedRevision the revision of the answer the file was made from, or -1 when it had no answer then
 */
public record AnswerChange(String practiceId, AnswerInput input, long expectedRevision) {}
