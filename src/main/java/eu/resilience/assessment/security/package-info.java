/** Security configuration, login, the current user. */
package eu.resilience.assessment.security;
