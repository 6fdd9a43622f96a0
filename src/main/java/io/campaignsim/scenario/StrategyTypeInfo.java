package io.campaignsim.scenario;

import java.util.List;

/**
 * One strategy type as the scenario language sees it: its name, a one-line description, the
 * parameters it accepts (in the order messages list them) and any rule that spans parameters.
 *
 * @param name the value of {@code type:}
 * @param doc one line for documentation and the JSON Schema
 * @param params the accepted parameters besides {@code name} and {@code type}
 * @param check a rule across parameters, run by validation after every key was read
 */
public record StrategyTypeInfo(String name, String doc, List<ParamSpec> params, Check check) implements java.io.Serializable {

    /** A rule across a strategy's parameters (e.g. "at least one factor"). */
    @FunctionalInterface
    public interface Check extends java.io.Serializable {
        Check NONE = (spec, problems) -> {};

        /** Reports what is wrong with {@code spec} to {@code problems}. */
        void check(StrategySpec spec, Problems problems);
    }

    public StrategyTypeInfo {
        params = List.copyOf(params);
    }

    public StrategyTypeInfo(String name, String doc, List<ParamSpec> params) {
        this(name, doc, params, Check.NONE);
    }
}
