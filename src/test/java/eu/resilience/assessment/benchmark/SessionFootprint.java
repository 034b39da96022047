package eu.resilience.assessment.benchmark;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one logged-in session holds outside what all sessions share: the objects reachable from its HTTP session (the
 * Vaadin session, its UIs, the security context, ...), minus those that a second session also reaches (the questionnaire
 * model, beans, locales, interned texts). The walk does not enter the application's singletons, classes, class loaders,
 * threads, enum constants, the servlet container and other sessions, and does not follow weak or soft references.
 * Sizes are shallow sizes as HotSpot lays objects out with compressed pointers (12-byte header, 8-byte alignment): an
 * estimate, summed by class and by the path from the session (field names, map keys).
 */
final class SessionFootprint {

    private static final sun.misc.Unsafe UNSAFE = unsafe();
    private static final Map<Class<?>, Layout> layouts = new HashMap<>();

    private final Set<Object> stops = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int depth;

    private SessionFootprint(ConfigurableApplicationContext context, int depth) {
        this.depth = depth;
        var beans = context.getBeanFactory();
        for (String name : beans.getSingletonNames()) {
            Object bean = beans.getSingleton(name);
            if (bean != null) {
                stops.add(bean);
            }
        }
    }

    /** Prints what {@code session} holds that {@code other} does not reach. */
    static void print(ConfigurableApplicationContext context, VaadinSession session, VaadinSession other) {
        var footprint = new SessionFootprint(context, Integer.getInteger("footprint.depth", 8));
        Walk one = footprint.walk(session);
        Walk two = footprint.walk(other);
        Map<String, long[]> byClass = new HashMap<>();
        Map<String, long[]> byPath = new HashMap<>();
        List<Map.Entry<Object, String>> large = new ArrayList<>();
        long own = 0;
        long shared = 0;
        for (var entry : one.paths.entrySet()) {
            Object object = entry.getKey();
            long size = sizeOf(object);
            if (two.paths.containsKey(object)) {
                shared += size;
                continue;
            }
            own += size;
            if (size >= 512) {
                large.add(Map.entry(object, entry.getValue()));
            }
            add(byClass, object.getClass().getName(), size);
            add(byPath, entry.getValue(), size);
        }
        System.out.printf(
                "One session's own objects (walk from its HTTP session): %,d bytes in %,d objects; it also reaches"
                        + " %,d bytes shared with another session%n",
                own, one.paths.size(), shared);
        print("  by class", byClass, Integer.getInteger("footprint.classes", 30));
        print("  by path from the HTTP session", byPath, Integer.getInteger("footprint.paths", 45));
        System.out.println("  its largest objects (bytes, path, start):");
        large.stream()
                .sorted((a, b) -> Long.compare(sizeOf(b.getKey()), sizeOf(a.getKey())))
                .limit(Integer.getInteger("footprint.objects", 15))
                .forEach(e ->
                        System.out.printf("  %,8d  %s  %s%n", sizeOf(e.getKey()), e.getValue(), preview(e.getKey())));
    }

    private static String preview(Object object) {
        String text = object instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                : object instanceof char[] chars
                        ? new String(chars)
                        : object.getClass().getName();
        return text.substring(0, Math.min(120, text.length())).replaceAll("\\s+", " ");
    }

    private static void add(Map<String, long[]> sums, String key, long size) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += size;
        sum[1]++;
    }

    private static void print(String title, Map<String, long[]> sums, int limit) {
        System.out.println(title + " (bytes, objects):");
        sums.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(limit)
                .forEach(e -> System.out.printf("  %,8d %6d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }

    private record Walk(Map<Object, String> paths) {}

    private Walk walk(VaadinSession session) {
        HttpSession http = ((WrappedHttpSession) session.getSession()).getHttpSession();
        Set<Object> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.add(session);
        own.add(http);
        Object inner = read(http, "session");
        if (inner != null) {
            own.add(inner);
        }
        Map<Object, String> paths = new IdentityHashMap<>();
        Map<Object, Integer> levels = new IdentityHashMap<>();
        ArrayDeque<Object> queue = new ArrayDeque<>();
        paths.put(http, "HttpSession");
        levels.put(http, 0);
        queue.add(http);
        while (!queue.isEmpty()) {
            Object object = queue.poll();
            String path = paths.get(object);
            int level = levels.get(object);
            Class<?> type = object.getClass();
            boolean jdk = isJdk(type);
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    int length = Array.getLength(object);
                    for (int i = 0; i < length; i++) {
                        visit(Array.get(object, i), path, level, null, own, paths, levels, queue);
                    }
                }
                continue;
            }
            // a map entry of the JDK: name the path by its key when that is a text
            Object key = jdk ? read(object, "key") : null;
            String keyName = key instanceof String text ? "[" + abbreviate(text) + "]" : null;
            for (Field field : layout(type).references) {
                Object value = get(object, field);
                String segment = !jdk
                        ? field.getName()
                        : keyName != null
                                        && (field.getName().equals("value")
                                                || field.getName().equals("val"))
                                ? keyName
                                : null;
                visit(value, path, level, segment, own, paths, levels, queue);
            }
        }
        return new Walk(paths);
    }

    private void visit(
            Object value,
            String path,
            int level,
            String segment,
            Set<Object> own,
            Map<Object, String> paths,
            Map<Object, Integer> levels,
            ArrayDeque<Object> queue) {
        if (value == null || paths.containsKey(value) || stop(value, own)) {
            return;
        }
        String childPath = path;
        int childLevel = level;
        if (value instanceof com.vaadin.flow.internal.StateNode node) {
            // what a state node holds (its features, their maps and listeners), by the component it belongs to
            childPath = "state node of " + owner(node);
            childLevel = depth;
        } else if (value instanceof com.vaadin.flow.component.Component component) {
            childPath = "component " + simpleName(component.getClass());
            childLevel = depth - 1;
        } else if (segment != null && level < depth) {
            childPath = path + "." + segment + (isJdk(value.getClass()) ? "" : ":" + simpleName(value.getClass()));
            childLevel = level + 1;
        }
        paths.put(value, childPath);
        levels.put(value, childLevel);
        queue.add(value);
    }

    private boolean stop(Object value, Set<Object> own) {
        if (stops.contains(value)) {
            return true;
        }
        if ((value instanceof VaadinSession || value instanceof HttpSession) && !own.contains(value)) {
            return true;
        }
        String name = value.getClass().getName();
        return value instanceof Class
                || value instanceof ClassLoader
                || value instanceof Thread
                || value instanceof ThreadGroup
                || value instanceof Module
                || value instanceof Enum
                || value instanceof VaadinService
                || value instanceof ServletContext
                || value instanceof ApplicationContext
                || value instanceof BeanFactory
                || Proxy.isProxyClass(value.getClass())
                || name.contains("$$SpringCGLIB")
                || name.startsWith("org.apache.catalina.core.")
                || name.startsWith("org.apache.catalina.session.StandardManager")
                || name.startsWith("org.apache.catalina.connector.")
                || name.startsWith("org.apache.coyote.")
                || name.startsWith("org.apache.tomcat.util.net.")
                || name.startsWith("org.atmosphere.cpr.AtmosphereFramework")
                || name.startsWith("org.atmosphere.cpr.DefaultBroadcaster")
                || name.startsWith("org.hibernate.")
                || value instanceof jakarta.persistence.EntityManagerFactory;
    }

    private static String owner(com.vaadin.flow.internal.StateNode node) {
        if (node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)) {
            var element = com.vaadin.flow.dom.Element.get(node);
            return element.getComponent()
                    .map(component -> simpleName(component.getClass()))
                    .orElse("<" + element.getTag() + ">");
        }
        if (node.hasFeature(com.vaadin.flow.internal.nodefeature.TextNodeMap.class)) {
            return "#text";
        }
        return "(other)";
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || type.isArray();
    }

    private static String simpleName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName().replaceAll(".*\\.", "").replaceAll("/.*", "") : simple;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    /** The shallow size of an object, as HotSpot lays it out with compressed pointers. */
    private static long sizeOf(Object object) {
        Class<?> type = object.getClass();
        if (type.isArray()) {
            Class<?> component = type.getComponentType();
            int element = component == long.class || component == double.class
                    ? 8
                    : component == int.class || component == float.class || !component.isPrimitive()
                            ? 4
                            : component == char.class || component == short.class ? 2 : 1;
            return align(16L + (long) element * Array.getLength(object));
        }
        return layout(type).size;
    }

    private static long align(long size) {
        return (size + 7) / 8 * 8;
    }

    private record Layout(long size, List<Field> references) {}

    private static Layout layout(Class<?> type) {
        return layouts.computeIfAbsent(type, t -> {
            long size = 12;
            List<Field> references = new ArrayList<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Class<?> f = field.getType();
                    size += f == long.class || f == double.class
                            ? 8
                            : f == int.class || f == float.class || !f.isPrimitive()
                                    ? 4
                                    : f == char.class || f == short.class ? 2 : 1;
                    // a weak or soft reference does not keep its referent
                    boolean referent = c == java.lang.ref.Reference.class;
                    if (!f.isPrimitive() && !referent) {
                        references.add(field);
                    }
                }
            }
            return new Layout(align(size), references);
        });
    }

    private static Object read(Object object, String name) {
        for (Class<?> c = object.getClass(); c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
                    return field.getType().isPrimitive() ? null : get(object, field);
                }
            }
        }
        return null;
    }

    private static Object get(Object object, Field field) {
        try {
            return UNSAFE.getObject(object, UNSAFE.objectFieldOffset(field));
        } catch (UnsupportedOperationException hiddenOrRecord) {
            try {
                field.setAccessible(true);
                return field.get(object);
            } catch (RuntimeException | IllegalAccessException closed) {
                return null;
            }
        }
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
