package io.campaignsim.scenario.expr;

/**
 * The generic observed fields a condition can read. A per-channel type stands for one field per
 * declared channel ({@code reachable_email}, {@code reachable_sms}, ...); the channel index goes
 * with it to {@link FieldSource#reader}. {@link #IN_JOURNEY} reuses that {@code channel} slot for the
 * journey index (position in {@code policy.journeys}).
 *
 * <p>Categorical fields are read as the index of their level (as a double).
 */
public enum FieldType {
    DAY("day", Kind.NUMBER, Scope.GLOBAL),
    WEEKDAY("weekday", Kind.NUMBER, Scope.GLOBAL),
    SEGMENT("segment", Kind.CATEGORICAL, Scope.GLOBAL),
    AGE_BAND("age_band", Kind.CATEGORICAL, Scope.GLOBAL),
    REGION("region", Kind.CATEGORICAL, Scope.GLOBAL),
    LIFECYCLE("lifecycle", Kind.CATEGORICAL, Scope.GLOBAL),
    LAST_CATEGORY("last_category", Kind.CATEGORICAL, Scope.GLOBAL),
    TENURE_DAYS("tenure_days", Kind.NUMBER, Scope.GLOBAL),
    DAYS_SINCE_PURCHASE("days_since_purchase", Kind.NUMBER, Scope.GLOBAL),
    FREQUENCY("frequency", Kind.NUMBER, Scope.GLOBAL),
    MONETARY("monetary", Kind.NUMBER, Scope.GLOBAL),
    PURCHASES_30D("purchases_30d", Kind.NUMBER, Scope.GLOBAL),
    DAYS_SINCE_CONTACT("days_since_contact", Kind.NUMBER, Scope.GLOBAL),
    CONTACTS_7D("contacts_7d", Kind.NUMBER, Scope.GLOBAL),
    OPENS_30D("opens_30d", Kind.NUMBER, Scope.GLOBAL),
    CLICKS_30D("clicks_30d", Kind.NUMBER, Scope.GLOBAL),
    REACHABLE("reachable_%s", Kind.NUMBER, Scope.CHANNEL),
    SUBSCRIBED("subscribed_%s", Kind.NUMBER, Scope.CHANNEL),
    CHANNEL_SENDS_7D("%s_sends_7d", Kind.NUMBER, Scope.CHANNEL),
    CHANNEL_OPEN_RATE_30D("%s_open_rate_30d", Kind.NUMBER, Scope.CHANNEL),
    CHANNEL_CLICK_RATE_30D("%s_click_rate_30d", Kind.NUMBER, Scope.CHANNEL),
    DAYS_SINCE_CHANNEL("days_since_%s", Kind.NUMBER, Scope.CHANNEL),
    IN_JOURNEY("in_journey_%s", Kind.NUMBER, Scope.JOURNEY),
    /** 1 when the customer's last exit from the journey was an opt-out (until they enter it again). */
    OPTED_OUT("opted_out_%s", Kind.NUMBER, Scope.JOURNEY);

    /** Value returned by "days since" fields when the event never happened. */
    public static final double NEVER_DAYS = 9999;

    /** Whether a field is read as a number or as the index of a named level. */
    public enum Kind { NUMBER, CATEGORICAL }

    /** One field in all, one per channel, or one per journey. */
    public enum Scope { GLOBAL, CHANNEL, JOURNEY }

    private final String pattern;
    private final Kind kind;
    private final Scope scope;

    FieldType(String pattern, Kind kind, Scope scope) {
        this.pattern = pattern;
        this.kind = kind;
        this.scope = scope;
    }

    public Kind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    public boolean isCategorical() {
        return kind == Kind.CATEGORICAL;
    }

    /**
     * The field name for a channel or journey name ({@code "email"} gives {@code email_open_rate_30d});
     * ignored for global fields. A '-' in the name (allowed in journey names) becomes '_', because '-'
     * is the minus operator in conditions.
     */
    public String fieldName(String owner) {
        return scope == Scope.GLOBAL ? pattern : String.format(pattern, owner.replace('-', '_'));
    }
}
