/** Shared UI: the main layout, error pages, message bundles and small components every module's views may use. */
@NamedInterface("ui")
package eu.resilience.assessment.base.ui;

import org.springframework.modulith.NamedInterface;
