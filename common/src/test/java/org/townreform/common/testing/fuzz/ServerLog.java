package org.townreform.common.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the application logged at WARNING or above while the fuzzer ran, read in-process (a {@code @QuarkusTest} shares
 * the JVM with the application): requests go one at a time, so a record logged while a request was out belongs to it.
 * This is how a 500 in the report names its exception and the line of our code it came from.
 */
final class ServerLog extends Handler implements AutoCloseable {
    private final ConcurrentLinkedQueue<LogRecord> records = new ConcurrentLinkedQueue<>();
    private final Logger root = Logger.getLogger("");

    ServerLog() {
        setLevel(Level.WARNING);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            records.add(record);
        }
    }

    /** The records logged since the last call. */
    List<LogRecord> drain() {
        List<LogRecord> out = new ArrayList<>();
        for (LogRecord r; (r = records.poll()) != null;) {
            out.add(r);
        }
        return out;
    }

    /**
     * One line for the report: the outermost exception, the root cause and the first frame in our code, e.g.
     * {@code CompositeException → PgException: invalid byte sequence for encoding "UTF8": 0x00 at UnitService.java:88}.
     */
    static String describe(List<LogRecord> logged) {
        for (LogRecord r : logged) {
            if (r.getThrown() != null) {
                return describe(r.getThrown());
            }
        }
        for (LogRecord r : logged) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                String logger = r.getLoggerName() == null ? "" : r.getLoggerName();
                return "logged by " + logger.substring(logger.lastIndexOf('.') + 1) + ": "
                        + message(r).lines().findFirst().orElse("");
            }
        }
        return null;
    }

    static String describe(Throwable thrown) {
        Throwable root = thrown;
        for (int i = 0; i < 20 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        StringBuilder sb = new StringBuilder();
        if (root != thrown) {
            sb.append(thrown.getClass().getSimpleName()).append(" → ");
        }
        sb.append(root.getClass().getName()).append(": ")
                .append(String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
        StackTraceElement ours = null;
        for (Throwable t = thrown; t != null && ours == null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("org.townreform.")) {
                    ours = e;
                    break;
                }
            }
        }
        if (ours != null) {
            sb.append(" at ").append(ours.getClassName().substring(ours.getClassName().lastIndexOf('.') + 1))
                    .append('.').append(ours.getMethodName()).append('(').append(ours.getFileName()).append(':')
                    .append(ours.getLineNumber()).append(')');
        }
        return sb.toString();
    }

    private static String message(LogRecord r) {
        try {
            Object formatted = r.getClass().getMethod("getFormattedMessage").invoke(r);
            if (formatted != null) {
                return formatted.toString();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a JBoss LogManager record
        }
        return String.valueOf(r.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
