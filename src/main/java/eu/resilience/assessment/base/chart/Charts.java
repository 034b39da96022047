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
        SpiderWebPlot plot = new RingedSpiderWebPlot(dataset, categories.size(), max);
        plot.setMaxValue(max);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.22);
        plot.setWebFilled(true);
        plot.setWebFillAlpha(0.12f);
        plot.setLabelFont(LABEL);
        plot.setLabelPaint(new Color(0x1A2B3C));
        plot.setAxisLinePaint(new Color(0xC8CED6));
        plot.setOutlineVisible(false);
        // the chart's white shows through: the plot's own background would cover the rings drawn before it
        plot.setBackgroundPaint(null);
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

    /** The values of the scale rings of a radar from 0 to {@code max}: five rings, the last at {@code max}. */
    public static List<Double> ringValues(double max) {
        return java.util.stream.IntStream.rangeClosed(1, RINGS)
                .mapToObj(i -> max * i / RINGS)
                .toList();
    }

    private static final int RINGS = 5;

    private static final Font RING_LABEL = new Font("SansSerif", Font.PLAIN, 10);

    /**
     * A spider web with scale rings (a polygon through every axis at each ring value) and the ring's value written
     * beside the first axis, drawn under the series.
     */
    private static final class RingedSpiderWebPlot extends SpiderWebPlot {

        private final int categories;
        private final double max;

        RingedSpiderWebPlot(DefaultCategoryDataset dataset, int categories, double max) {
            super(dataset);
            this.categories = categories;
            this.max = max;
        }

        @Override
        public void draw(
                java.awt.Graphics2D g2,
                Rectangle2D area,
                java.awt.geom.Point2D anchor,
                org.jfree.chart.plot.PlotState parentState,
                org.jfree.chart.plot.PlotRenderingInfo info) {
            if (categories >= 3 && max > 0) {
                drawRings(g2, radarArea(area));
            }
            super.draw(g2, area, anchor, parentState, info);
        }

        /** The square the web is drawn in, computed as {@link SpiderWebPlot#draw} does. */
        private Rectangle2D radarArea(Rectangle2D area) {
            Rectangle2D inner = (Rectangle2D) area.clone();
            getInsets().trim(inner);
            double gapHorizontal = inner.getWidth() * getInteriorGap();
            double gapVertical = inner.getHeight() * getInteriorGap();
            double x = inner.getX() + gapHorizontal / 2;
            double y = inner.getY() + gapVertical / 2;
            double w = inner.getWidth() - gapHorizontal;
            double h = inner.getHeight() - gapVertical;
            double half = Math.min(w, h) / 2;
            return new Rectangle2D.Double(x + w / 2 - half, y + h / 2 - half, 2 * half, 2 * half);
        }

        private void drawRings(java.awt.Graphics2D g2, Rectangle2D radar) {
            java.awt.Paint paint = g2.getPaint();
            java.awt.Stroke stroke = g2.getStroke();
            Font font = g2.getFont();
            g2.setFont(RING_LABEL);
            for (double value : ringValues(max)) {
                java.awt.geom.Path2D ring = new java.awt.geom.Path2D.Double();
                for (int category = 0; category < categories; category++) {
                    double angle = getStartAngle() + getDirection().getFactor() * category * 360.0 / categories;
                    java.awt.geom.Point2D point = getWebPoint(radar, angle, value / max);
                    if (category == 0) {
                        ring.moveTo(point.getX(), point.getY());
                    } else {
                        ring.lineTo(point.getX(), point.getY());
                    }
                }
                ring.closePath();
                g2.setPaint(new Color(0xDDE1E6));
                g2.setStroke(new BasicStroke(1.0f));
                g2.draw(ring);
                java.awt.geom.Point2D onFirstAxis = getWebPoint(radar, getStartAngle(), value / max);
                g2.setPaint(new Color(0x5A6570));
                g2.drawString(ringLabel(value), (float) onFirstAxis.getX() + 3, (float) onFirstAxis.getY() + 11);
            }
            g2.setPaint(paint);
            g2.setStroke(stroke);
            g2.setFont(font);
        }
    }

    /** A ring's value as written on the chart: whole numbers without decimals ("20"), others with one ("0.5"). */
    static String ringLabel(double value) {
        return value == Math.rint(value)
                ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value)
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
    }

    /** One box of a box plot: the quartiles, and the whiskers (min and max, or the quartiles when hidden). */
    public record Box(String category, double low, double q1, double median, double q3, double high, double mean) {}

    /** Box plots of scores 0-100, one per category. */
    public static JFreeChart boxPlot(List<Box> boxes, String seriesName) {
        org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset dataset =
                new org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset();
        for (Box box : boxes) {
            dataset.add(
                    new org.jfree.data.statistics.BoxAndWhiskerItem(
                            box.mean(), box.median(), box.q1(), box.q3(), box.low(), box.high(), null, null, List.of()),
                    seriesName,
                    box.category());
        }
        org.jfree.chart.renderer.category.BoxAndWhiskerRenderer renderer =
                new org.jfree.chart.renderer.category.BoxAndWhiskerRenderer();
        renderer.setSeriesPaint(0, SERIES[0]);
        renderer.setFillBox(true);
        renderer.setMeanVisible(false);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setMaximumBarWidth(0.06);
        org.jfree.chart.axis.NumberAxis values = new org.jfree.chart.axis.NumberAxis();
        values.setRange(0, 100);
        values.setTickLabelFont(LABEL);
        org.jfree.chart.axis.CategoryAxis categories = new org.jfree.chart.axis.CategoryAxis();
        categories.setTickLabelFont(LABEL);
        // whole labels ("PROTECT", not "PRO..."): a label may take the room of two categories
        categories.setMaximumCategoryLabelWidthRatio(2.0f);
        org.jfree.chart.plot.CategoryPlot plot =
                new org.jfree.chart.plot.CategoryPlot(dataset, categories, values, renderer);
        styled(plot);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Lines of values 0-100 over ordered points (e.g. campaigns); a missing value leaves a gap. */
    public static JFreeChart lines(List<String> points, List<Series> series) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series line : series) {
            for (String point : points) {
                dataset.addValue(line.values().get(point), line.name(), point);
            }
        }
        org.jfree.chart.renderer.category.LineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.category.LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        org.jfree.chart.axis.NumberAxis values = new org.jfree.chart.axis.NumberAxis();
        values.setRange(0, 100);
        values.setTickLabelFont(LABEL);
        org.jfree.chart.axis.CategoryAxis categories = new org.jfree.chart.axis.CategoryAxis();
        categories.setTickLabelFont(LABEL);
        org.jfree.chart.plot.CategoryPlot plot =
                new org.jfree.chart.plot.CategoryPlot(dataset, categories, values, renderer);
        styled(plot);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setItemFont(LABEL);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static void styled(org.jfree.chart.plot.CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDE1E6));
        plot.setOutlineVisible(false);
    }

    /** The chart as a standalone SVG element of the given size in pixels. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGElement();
    }
}
