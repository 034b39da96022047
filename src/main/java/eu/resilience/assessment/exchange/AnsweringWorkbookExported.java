package eu.resilience.assessment.exchange;

/** A respondent downloaded the workbook to answer an assessment offline; published in that transaction. */
public record AnsweringWorkbookExported(long assessmentId, long organizationId, String campaignName) {}
