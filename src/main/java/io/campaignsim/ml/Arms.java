package io.campaignsim.ml;

/** The training rows split by arm; checks both arms are present, which every uplift learner needs. */
record Arms(int[] treated, int[] control) {

    static Arms split(FeatureMatrix x, int[] rows, boolean[] treatment) {
        RowSet.checkLength("treated", treatment.length, x);
        RowSet set = RowSet.of(x, rows);
        int nt = 0;
        for (int i = 0; i < set.size(); i++) {
            if (treatment[set.get(i)]) {
                nt++;
            }
        }
        int nc = set.size() - nt;
        if (nt == 0 || nc == 0) {
            throw new IllegalArgumentException("expected both treated and control rows to estimate uplift, but found "
                    + nt + " treated and " + nc + " control");
        }
        int[] t = new int[nt];
        int[] c = new int[nc];
        int it = 0;
        int ic = 0;
        for (int i = 0; i < set.size(); i++) {
            int r = set.get(i);
            if (treatment[r]) {
                t[it++] = r;
            } else {
                c[ic++] = r;
            }
        }
        return new Arms(t, c);
    }
}
