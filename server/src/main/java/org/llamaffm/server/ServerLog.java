package org.llamaffm.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The server's log: one JSON object per line (time, level, event and the event's fields: request id, tenant, model,
 * endpoint, status, outcome, tokens, milliseconds), so that a log pipeline needs no parsing rules. Prompts and
 * answers are never in it unless the server was asked to log prompts.
 */
final class ServerLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> sink;

    ServerLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /** One line: {@code event} and {@code fields}, in order (null values left out). */
    void write(String level, String event, Map<String, ?> fields) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", level);
        line.put("event", event);
        fields.forEach((key, value) -> {
            if (value != null) {
                line.set(key, JSON.valueToTree(value));
            }
        });
        sink.accept(line.toString());
    }

    void info(String event, Map<String, ?> fields) {
        write("info", event, fields);
    }

    void warn(String event, Map<String, ?> fields) {
        write("warn", event, fields);
    }

    /**
     * A {@link java.util.logging} formatter that writes each record as such a line (event {@code log}, with the
     * logger's name and the message), for the library's own logs (the sandbox's events, llama.cpp's lines) when
     * the server runs as a program.
     */
    static Formatter julFormatter() {
        return new Formatter() {
            @Override
            public String format(LogRecord record) {
                ObjectNode line = JSON.createObjectNode();
                line.put("time", record.getInstant().toString());
                line.put("level", record.getLevel().getName().toLowerCase(java.util.Locale.ROOT));
                line.put("event", "log");
                line.put("logger", record.getLoggerName());
                line.put("message", formatMessage(record));
                if (record.getThrown() != null) {
                    line.put("error", String.valueOf(record.getThrown()));
                }
                return line + System.lineSeparator();
            }
        };
    }
}
