package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Grids on a phone: the columns that are not needed to tell the rows apart and act on them are hidden while the
 * browser's window is narrower than the theme's phone width, so that the key column and the actions fit the screen.
 */
public final class NarrowScreen {

    /** The widest window treated as a phone's, as in the theme's media queries. */
    public static final int PHONE_MAX_WIDTH = 700;

    private NarrowScreen() {}

    /** Hides the columns while the window is at most {@link #PHONE_MAX_WIDTH} wide, and shows them again above. */
    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> hidden = List.of(columns);
        onWidth(grid, phone -> hidden.forEach(column -> column.setVisible(!phone)));
    }

    /** Tells whether the window is a phone's when the component is shown, and again whenever that changes. */
    public static void onWidth(Component component, Consumer<Boolean> phone) {
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            Boolean[] last = {null};
            Consumer<Integer> width = px -> {
                boolean now = px > 0 && px <= PHONE_MAX_WIDTH;
                if (!Boolean.valueOf(now).equals(last[0])) {
                    last[0] = now;
                    phone.accept(now);
                }
            };
            page.retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(resized -> width.accept(resized.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
