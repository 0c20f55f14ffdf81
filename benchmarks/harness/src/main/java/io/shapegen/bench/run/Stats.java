package io.shapegen.bench.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The median and range of a set of samples.
 *
 * @param median the median (the mean of the middle two for an even count)
 * @param min the smallest sample
 * @param max the largest sample
 * @param count how many samples
 */
record Stats(double median, double min, double max, int count) {
    static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** @return {@code median (min–max)} with the given number of decimals */
    String format(int decimals) {
        if (count == 0) {
            return "n/a";
        }
        return number(median, decimals) + " (" + number(min, decimals) + "–" + number(max, decimals) + ")";
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return text;
    }
}
