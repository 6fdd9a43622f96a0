package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.campaignsim.engine.SimulationResult;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class SimulationChartsTest {

    private final SimulationResult result = ReportFixtures.result();

    @Test
    void conversionsComparesPolicyWithNoContact() {
        XYChart chart = SimulationCharts.conversions(result);
        assertEquals(List.of("policy", "no contact"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries policy = chart.getSeriesMap().get("policy");
        assertArrayEquals(new double[] {2, 3, 4}, policy.getYData());
        assertArrayEquals(new double[] {0, 1, 2}, policy.getXData());
    }

    @Test
    void profitIsCumulativeWithIncrementalDifference() {
        XYChart chart = SimulationCharts.profit(result);
        assertEquals(List.of("policy", "no contact", "incremental (policy - no contact)"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {77, 194, 351}, chart.getSeriesMap().get("policy").getYData());
        assertArrayEquals(new double[] {37, 74, 111},
                chart.getSeriesMap().get("incremental (policy - no contact)").getYData());
    }

    @Test
    void contactsHaveOneSeriesPerChannel() {
        XYChart chart = SimulationCharts.contactsByChannel(result);
        assertEquals(List.of("email", "sms"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {2, 2, 2}, chart.getSeriesMap().get("sms").getYData());
    }

    @Test
    void writesValidPngsForTheWantedChartsOnly(@TempDir Path dir) throws Exception {
        List<Path> files = SimulationCharts.write(result, List.of("profit", "qini", "conversions"), dir);
        assertEquals(List.of(dir.resolve("conversions.png"), dir.resolve("profit.png")), files);
        for (Path f : files) {
            BufferedImage image = ImageIO.read(f.toFile());
            assertNotNull(image, f.toString());
            assertEquals(SimulationCharts.WIDTH, image.getWidth());
            assertEquals(SimulationCharts.HEIGHT, image.getHeight());
        }
    }
}
