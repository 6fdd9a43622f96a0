package io.campaignsim.scenario.expr;

import java.util.Arrays;
import java.util.List;

/** A {@link FieldSource} backed by arrays, indexed [type][channel + 1][customer]; unset values are 0. */
final class ArraySource implements FieldSource {

    /** The catalog the tests use: two channels, three segments, and a journey name with a '-'. */
    static final ObservedFields FIELDS = ObservedFields.of(List.of("email", "sms"), List.of("loyal", "regular", "lapsing"),
            List.of("north", "south"), List.of("apparel", "shoes"), List.of("welcome", "re-engage"));

    private static final int SLOTS = 3; // global (-1), channel or journey 0, 1

    private final double[][][] values;

    ArraySource(int customers) {
        values = new double[FieldType.values().length][SLOTS][customers];
    }

    /** Sets a field by its name in {@link #FIELDS}. */
    ArraySource set(String field, int customer, double value) {
        Field f = FIELDS.find(field);
        if (f == null) {
            throw new IllegalArgumentException(field);
        }
        values[f.type().ordinal()][f.channel() + 1][customer] = value;
        return this;
    }

    /** Sets a field to the same value for every customer. */
    ArraySource setAll(String field, double value) {
        Field f = FIELDS.find(field);
        Arrays.fill(values[f.type().ordinal()][f.channel() + 1], value);
        return this;
    }

    /** Reads the array slot of the field (later {@link #set} calls show through); {@code day} and {@code weekday} read the day. */
    @Override
    public FieldReader reader(FieldType type, int channel) {
        if (type == FieldType.DAY || type == FieldType.WEEKDAY) {
            boolean week = type == FieldType.WEEKDAY;
            return new FieldReader() {
                @Override
                public double read(int customer, int day) {
                    return week ? day % 7 : day;
                }
            };
        }
        double[] slot = values[type.ordinal()][channel + 1];
        return new FieldReader() {
            @Override
            public double read(int customer, int day) {
                return slot[customer];
            }
        };
    }
}
