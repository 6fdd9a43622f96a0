package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.SimulationResult;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class SimulationHeatmapsTest {

    private final SimulationResult result = ReportFixtures.result();

    /** Cell value by (x index, y index). */
    private static Map<List<Integer>, Double> cells(HeatMapSeries s) {
        Map<List<Integer>, Double> m = new HashMap<>();
        for (Number[] c : s.getHeatData()) {
            m.put(List.of(c[0].intValue(), c[1].intValue()), c[2].doubleValue());
        }
        return m;
    }

    @Test
    void sendTimeIsOpenRateByHourAndWeekdayWithEmptyCellsLeftOut() {
        HeatMapChart chart = SimulationHeatmaps.sendTime(result);
        HeatMapSeries s = chart.getHeatMapSeries();
        assertEquals(SimulationHeatmaps.OPEN_RATE, s.getName());
        assertEquals(24, s.getXData().size());
        assertEquals(0, s.getXData().get(0));
        assertEquals(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), s.getYData());
        Map<List<Integer>, Double> cells = cells(s);
        // 3 days x 2 send hours were used; every other cell has no contacts and is not drawn
        assertEquals(6, cells.size());
        assertEquals(5.0 / 8, cells.get(List.of(9, 0)));
        assertEquals(1.0 / 4, cells.get(List.of(18, 2)));
        assertEquals(0.0, s.getMin());
        assertEquals(0.63, s.getMax(), 1e-12, "5/8 rounded up to two digits");
        assertTrue(chart.getTitle().contains("blank: no contacts"));
        assertEquals("weekday", chart.getYAxisTitle());
    }

    @Test
    void segmentsShowAttributedProfitPerChannelAndTrueIncrementalColumn() {
        HeatMapChart chart = SimulationHeatmaps.segments(result);
        HeatMapSeries s = chart.getHeatMapSeries();
        assertEquals(List.of("email", "sms", SimulationHeatmaps.TRUE_INCREMENTAL), s.getXData());
        assertEquals(List.of("loyal", "lapsing"), s.getYData());
        assertTrue(chart.getTitle().contains("last-touch attributed, not causal"));
        Map<List<Integer>, Double> cells = cells(s);
        assertEquals(6, cells.size());
        // fixture: profit 351 over 36 contacts in total; every segment x channel view is the total scaled,
        // so profit per contact is 351 / 36 on every channel cell
        assertEquals(351.0 / 36, cells.get(List.of(0, 0)), 1e-9);
        assertEquals(351.0 / 36, cells.get(List.of(1, 1)), 1e-9);
        // true incremental: (351 - 240) x share over 36 x share contacts
        assertEquals(111.0 / 36, cells.get(List.of(2, 0)), 1e-9);
        assertEquals(-s.getMin(), s.getMax(), "symmetric scale around zero");
        assertTrue(s.getMax() >= 351.0 / 36);
    }

    @Test
    void writtenUnderTheirFileNamesWhenAsked(@TempDir Path dir) throws Exception {
        List<Path> files = SimulationCharts.write(result, List.of("segment_heatmap", "send_time_heatmap"), dir);
        assertEquals(List.of(dir.resolve("send_time.png"), dir.resolve("segments.png")), files);
        for (Path f : files) {
            BufferedImage image = ImageIO.read(f.toFile());
            assertNotNull(image, f.toString());
            assertEquals(SimulationCharts.WIDTH, image.getWidth());
        }
        assertEquals(List.of(), SimulationCharts.write(result, List.of("profit"), dir).stream()
                .filter(p -> p.getFileName().toString().startsWith("se")).toList());
    }
}
