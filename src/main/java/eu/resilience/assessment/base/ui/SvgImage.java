package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Shows a chart drawn on the server: the SVG document as an image, so the browser renders it exactly as drawn. */
public final class SvgImage {

    private SvgImage() {}

    public static Image of(String svg, String description) {
        String data = Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        Image image = new Image("data:image/svg+xml;base64," + data, description);
        image.addClassName(LumoUtility.MaxWidth.FULL);
        return image;
    }
}
