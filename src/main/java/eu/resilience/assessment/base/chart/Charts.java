package eu.resilience.assessment.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Builds the product's charts and renders them as SVG. */
public final class Charts {

    /** Colours of the series, in order: own results first, then the comparison. */
    private static final Color[] SERIES = {new Color(0x1676F3), new Color(0xE0752D), new Color(0x2F9E44)};

    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);

    /** One line of a radar chart: a value per category. */
    public record Series(String name, Map<String, Double> values) {}

    private Charts() {}

    /**
     * A radar (spider web) chart of categories from 0 to {@code max}; a missing value is drawn at 0.
     *
     * @param categories axis labels, clockwise from the top
     */
    public static JFreeChart radar(List<String> categories, List<Series> series, double max) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series line : series) {
            for (String category : categories) {
                Double value = line.values().get(category);
                dataset.addValue(value == null ? 0.0 : value, line.name(), category);
            }
        }
        SpiderWebPlot plot = new SpiderWebPlot(dataset);
        plot.setMaxValue(max);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.22);
        plot.setWebFilled(true);
        plot.setWebFillAlpha(0.12f);
        plot.setLabelFont(LABEL);
        plot.setLabelPaint(new Color(0x1A2B3C));
        plot.setAxisLinePaint(new Color(0xC8CED6));
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        for (int i = 0; i < series.size(); i++) {
            plot.setSeriesPaint(i, SERIES[i % SERIES.length]);
            plot.setSeriesOutlineStroke(i, new BasicStroke(2.0f));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(LABEL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** The chart as a standalone SVG element of the given size in pixels. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGElement();
    }
}
