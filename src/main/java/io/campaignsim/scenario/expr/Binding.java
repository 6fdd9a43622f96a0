package io.campaignsim.scenario.expr;

/**
 * What binding a parsed tree needs: the source of field readers, and whether to rewrite the tree
 * into faster equivalent nodes (fused comparisons, flat and/or). Tests bind without rewriting to
 * compare the two forms.
 */
record Binding(FieldSource src, boolean optimize) {

    FieldReader reader(Field f) {
        FieldReader r = src.reader(f.type(), f.channel());
        if (r == null) {
            throw new IllegalArgumentException("the field source has no reader for " + f.name());
        }
        return r;
    }
}
