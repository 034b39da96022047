/** Charts drawn on the server with JFreeChart: one chart code for the screens (SVG) and the reports (vector PDF). */
@NamedInterface("chart")
package eu.resilience.assessment.base.chart;

import org.springframework.modulith.NamedInterface;
