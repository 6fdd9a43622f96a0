package io.campaignsim.compare;

/** The part a strategy plays in a comparison. */
public enum Role {
    /** Contacts nobody; the baseline for uplift. */
    HOLDOUT("holdout", "holdout"),
    /** Knows the hidden truth; a yardstick for regret that can not win. */
    ORACLE("oracle", "oracle (knows the hidden truth)"),
    /** Any other strategy: a contender. */
    CONTENDER(null, "");

    private final String type;
    private final String label;

    Role(String type, String label) {
        this.type = type;
        this.label = label;
    }

    /** The role of a strategy type: {@code oracle} and the narrower oracles ({@code oracle_send_time}) are yardsticks. */
    static Role of(String strategyType) {
        return HOLDOUT.type.equals(strategyType) ? HOLDOUT
                : ORACLE.type.equals(strategyType) || strategyType.startsWith(ORACLE.type + "_") ? ORACLE : CONTENDER;
    }

    /** The strategy type that plays this role (null for contenders). */
    String type() {
        return type;
    }

    /** What to print next to the strategy's name (empty for contenders). */
    public String label() {
        return label;
    }

    /** The strategy's name with its role, without saying the same word twice ("oracle - oracle ..."). */
    public String display(String name) {
        if (label.isEmpty()) {
            return name;
        }
        return label.equals(name) || label.startsWith(name + " (") ? label : name + " - " + label;
    }
}
