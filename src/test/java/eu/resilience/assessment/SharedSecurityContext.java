package eu.resilience.assessment;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The application contexts of failsafe's JVM (the two journey lanes' and the PostgreSQL tests') live in one JVM, but Spring Security's {@link SecurityContextHolder} is
 * JVM-global: each context's Vaadin configuration would create a strategy of its own (a thread-local of its own) and
 * make it the holder's, so the first context's filters and method security would read another thread-local than the
 * application code and {@code As.user} write to. Every context gets the one strategy instead, before any bean exists.
 */
public final class SharedSecurityContext implements BeanFactoryPostProcessor {

    private static final VaadinAwareSecurityContextHolderStrategy STRATEGY =
            new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        SecurityContextHolder.setContextHolderStrategy(STRATEGY);
        for (String name : factory.getBeanNamesForType(SecurityContextHolderStrategy.class, true, false)) {
            ((AbstractBeanDefinition) factory.getBeanDefinition(name)).setInstanceSupplier(() -> STRATEGY);
        }
    }
}
