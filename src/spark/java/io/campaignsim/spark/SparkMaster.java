package io.campaignsim.spark;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@code --master} address before a Spark context is started, so that a typo or a master
 * that is not running gives one line at once instead of Spark's minutes of retries and logs.
 */
final class SparkMaster {

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]{0,3})(,[1-9][0-9]{0,2})?\\])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://([^:/,]+):([0-9]{1,5})");
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private SparkMaster() {}

    /** @throws UserInputException when {@code master} is not a Spark master address or cannot be reached */
    static void check(String master) {
        if (master == null || LOCAL.matcher(master).matches() || master.equals("yarn") || master.startsWith("k8s://")) {
            return;
        }
        Matcher m = STANDALONE.matcher(master);
        if (!m.matches()) {
            throw new UserInputException("--master " + master + " is not a Spark master address; expected local[N], "
                    + "local[*], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
        }
        String host = m.group(1);
        int port = Integer.parseInt(m.group(2));
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException("--master " + master + ": cannot reach the Spark master at " + host + ":" + port
                    + " (" + e.getMessage() + "); expected a running master (sbin/start-master.sh prints its URL) or "
                    + "--master local[2] to run on this machine");
        }
    }
}
