package eu.resilience.assessment.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The demo's beans exist only with {@code resilience.demo-data=true}: the default start (application.properties), never
 * the postgres profile (application-postgres.properties sets it false). Every bean of this module carries it
 * (ArchitectureTest).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "resilience.demo-data", havingValue = "true")
public @interface DemoProfile {}
