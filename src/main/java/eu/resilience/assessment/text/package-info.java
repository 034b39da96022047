/**
 * Texts in and out, without a screen: the input rule for free texts that users type (comments, justifications, notes,
 * reasons, names: no control or text-direction override characters, {@link eu.resilience.assessment.text.FreeText}),
 * the translated texts of the message bundles ({@link eu.resilience.assessment.text.Translations}) and the one format of
 * figures and dates by locale ({@link eu.resilience.assessment.text.Formats}). Plain Java, used by the services of every
 * module, the report and file writers, and (through base.ui.Messages) the screens.
 */
@ApplicationModule(allowedDependencies = {})
package eu.resilience.assessment.text;

import org.springframework.modulith.ApplicationModule;
