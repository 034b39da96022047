package eu.resilience.assessment;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, whoever prepares them (Hibernate, JdbcTemplate, Flyway), in
 * the shared test contexts: a test of a screen can say how many statements an action costs, and that the count does not
 * grow with the data (no N+1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<java.util.List<String>> SQL = new ThreadLocal<>();

    /** The statements the current thread prepares while running the action. */
    public static int count(Runnable action) {
        return counted(() -> {
                    action.run();
                    return null;
                })
                .statements();
    }

    /** The action's result and the statements the current thread prepared for it. */
    public static <T> Counted<T> counted(Supplier<T> action) {
        int before = COUNT.get()[0];
        T result = action.get();
        return new Counted<>(result, COUNT.get()[0] - before);
    }

    public record Counted<T>(T result, int statements) {}

    /** The SQL of the statements the current thread prepares while running the action, in order. */
    public static java.util.List<String> sql(Runnable action) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        SQL.set(seen);
        try {
            action.run();
        } finally {
            SQL.remove();
        }
        return seen;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    /** The application's data source, with each connection counting what it prepares. */
    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, arguments) -> {
                if (PREPARING.contains(method.getName())) {
                    COUNT.get()[0]++;
                    java.util.List<String> seen = SQL.get();
                    if (seen != null
                            && arguments != null
                            && arguments.length > 0
                            && arguments[0] instanceof String sql) {
                        seen.add(sql);
                    }
                }
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
