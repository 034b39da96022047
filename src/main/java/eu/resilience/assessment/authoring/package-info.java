/**
 * Authoring questionnaires: the xlsx authoring template (export of any loaded questionnaire, import back as a draft
 * questionnaire file) and the importer of open framework libraries (CISO Assistant's library YAML). Both write a draft
 * file into the questionnaire folder only when the loader accepts it, and report every problem with its place.
 */
@ApplicationModule(allowedDependencies = {"questionnaire", "exchange"})
package eu.resilience.assessment.authoring;

import org.springframework.modulith.ApplicationModule;
