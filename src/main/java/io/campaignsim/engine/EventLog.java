package io.campaignsim.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Streams simulation events to {@code events.csv.gz}: each shard appends the day's rows to its
 * own reusable buffer, and the engine writes the buffers in shard order after each day, so the
 * file is deterministic and never held in memory as a whole.
 */
public final class EventLog implements AutoCloseable {

    public static final String HEADER = "day,hour,customer_id,event,channel,offer,category,value";

    private final Writer out;
    private final List<String> channels;
    private final List<String> offers;
    private final List<String> categories;

    public EventLog(Path file, List<String> channels, List<String> offers, List<String> categories) {
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            out.write(HEADER);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.channels = List.copyOf(channels);
        this.offers = List.copyOf(offers);
        this.categories = List.copyOf(categories);
    }

    /** Appends one row to a shard's buffer (event names: contact, open, click, unsubscribe, purchase, churn). */
    void append(StringBuilder b, int day, int hour, int customer, String event, int channel, int offer, int category,
            double value) {
        b.append(day).append(',');
        if (hour >= 0) {
            b.append(hour);
        }
        b.append(',').append(customer).append(',').append(event).append(',');
        if (channel >= 0) {
            b.append(channels.get(channel));
        }
        b.append(',');
        if (offer >= 0) {
            b.append(offers.get(offer));
        }
        b.append(',');
        if (category >= 0) {
            b.append(io.campaignsim.scenario.CategoryBundle.name(category, categories));
        }
        b.append(',');
        if (value != 0) {
            b.append(Math.round(value * 10_000) / 10_000.0);
        }
        b.append('\n');
    }

    void flush(StringBuilder b) {
        try {
            out.append(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.setLength(0);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
