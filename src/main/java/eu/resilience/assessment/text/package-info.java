/**
 * The input rule for free texts that users type (comments, justifications, notes, reasons, names): no control or
 * text-direction override characters. Plain Java, used by the services of every module and by the report writers.
 */
package eu.resilience.assessment.text;
