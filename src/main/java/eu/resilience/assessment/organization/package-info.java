/** Organizations (operators), their profile (sector, size class, country) and user accounts with roles. */
package eu.resilience.assessment.organization;
