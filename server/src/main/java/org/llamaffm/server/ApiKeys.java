package org.llamaffm.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.llamaffm.policy.Policy;

/**
 * The API keys of {@code llama-ffm serve}: each key is a tenant, stored as the SHA-256 of the key, never the key. The
 * keys file ({@link #load(Path, Policy.TenantLimits)}), whose errors name the line, column and field:
 *
 * <pre>{@code
 * {
 *   "tenants": [
 *     {"name": "alice", "keySha256": "ba7816bf...", "models": ["demo"], "limits": {"requestsPerMinute": 600}},
 *     {"name": "bob",   "keySha256": "0f3c11aa...", "models": ["*"]}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code name} is the tenant's id in the sandbox (1..64 of {@code [A-Za-z0-9._-]}, unique); {@code keySha256} the
 * lower-case hex SHA-256 of the key, which {@code llama-ffm serve --hash-key} prints from the key on stdin (unique:
 * two tenants cannot share a key); {@code models} the names (as the policy gives them) of the models the tenant may
 * use, or {@code ["*"]} for every model the server serves, now and after the policy changes; {@code limits}, optional,
 * the tenant's own limits in the policy file's {@code limits.tenant} shape, whose absent fields take the server's
 * default tenant limits. Unknown fields are errors.
 *
 * <p>A request authenticates with {@code Authorization: Bearer <key>} ({@link #authenticate(String)}):
 *
 * <pre>{@code
 * ApiKeys keys = ApiKeys.load(Path.of("keys.json"), policy.limits().tenant());
 * keys.permissionWarning().ifPresent(System.err::println);
 * Policy served = policy.withLimits(policy.limits().withTenants(keys.limits()));
 * Optional<ApiKeys.Entry> tenant = keys.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
 * }</pre>
 */
public final class ApiKeys {

    /** The one entry of {@link Entry#models()} that lets a tenant use every model the server serves. */
    public static final String ALL_MODELS = "*";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String HASH_KEY = "llama-ffm serve --hash-key";
    // a name given twice is an error, as a mistake in a file that says who may do what should be
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<Entry> entries;
    private final byte[][] hashes;
    private final @Nullable String permissionWarning;

    /**
     * One tenant of the keys file.
     *
     * @param name      the tenant's id in the sandbox: 1..64 of {@code [A-Za-z0-9._-]}
     * @param keySha256 the SHA-256 of the tenant's API key, 64 lower-case hex digits ({@link ApiKeys#hash(String)})
     * @param models    the names of the models the tenant may use, or just {@link ApiKeys#ALL_MODELS}
     * @param limits    the tenant's limits (the base limits where the keys file gives none)
     */
    public record Entry(String name, String keySha256, Set<String> models, Policy.TenantLimits limits) {

        public Entry {
            String problem = nameProblem(name);
            if (problem != null) {
                throw new IllegalArgumentException("name: " + problem);
            }
            problem = hashProblem(keySha256);
            if (problem != null) {
                throw new IllegalArgumentException("keySha256: " + problem);
            }
            if (models.isEmpty()) {
                throw new IllegalArgumentException("models: " + NO_MODELS);
            }
            for (String model : models) {
                problem = modelProblem(model);
                if (problem != null) {
                    throw new IllegalArgumentException("models: " + problem);
                }
            }
            if (models.size() > 1 && models.contains(ALL_MODELS)) {
                throw new IllegalArgumentException("models: " + ALONE);
            }
            models = Collections.unmodifiableSet(new LinkedHashSet<>(models));
            Objects.requireNonNull(limits, "limits");
        }

        /** The name, models and limits; of the hash only its first 8 digits, as logs need no more. */
        @Override
        public String toString() {
            return "Entry[name=" + name + ", keySha256=" + keySha256.substring(0, 8) + "..., models=" + models
                    + ", limits=" + limits + "]";
        }
    }

    /**
     * API keys built in code.
     *
     * @throws IllegalArgumentException when there is no entry, or two share a name or a key
     */
    public ApiKeys(List<Entry> entries) {
        this(entries, null);
    }

    private ApiKeys(List<Entry> entries, @Nullable String permissionWarning) {
        this.entries = List.copyOf(entries);
        if (this.entries.isEmpty()) {
            throw new IllegalArgumentException("tenants: " + NO_TENANTS);
        }
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Entry entry = this.entries.get(i);
            Integer before = names.putIfAbsent(entry.name(), i);
            if (before != null) {
                throw new IllegalArgumentException("tenants[" + i + "].name: " + sameName(entry.name(), before));
            }
            before = keys.putIfAbsent(entry.keySha256(), i);
            if (before != null) {
                throw new IllegalArgumentException("tenants[" + i + "].keySha256: "
                        + sameKey(this.entries.get(before).name(), before));
            }
        }
        this.hashes = new byte[this.entries.size()][];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = HexFormat.of().parseHex(this.entries.get(i).keySha256());
        }
        this.permissionWarning = permissionWarning;
    }

    /** The tenants, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Every tenant's limits by name, for {@link Policy.Limits#withTenants(Map)}; a tenant the keys file gives no limits
     * has the base limits it was loaded with.
     */
    public Map<String, Policy.TenantLimits> limits() {
        Map<String, Policy.TenantLimits> limits = new LinkedHashMap<>();
        entries.forEach(e -> limits.put(e.name(), e.limits()));
        return Collections.unmodifiableMap(limits);
    }

    /** Whether {@code entry} may use the model the policy names {@code model}. */
    public boolean allows(Entry entry, String model) {
        return entry.models().contains(ALL_MODELS) || entry.models().contains(model);
    }

    /**
     * What to tell the operator when the keys file can be read or changed by users other than its owner (its group
     * included); empty when only the owner can, when the file system has no POSIX permissions, or for keys built in
     * code. Loading does not fail for it: the file holds hashes, not keys, but a readable hash lets anyone guess a weak
     * key offline, and a writable file lets anyone add a tenant.
     */
    public Optional<String> permissionWarning() {
        return Optional.ofNullable(permissionWarning);
    }

    /**
     * The tenant whose key an {@code Authorization} header presents: {@code Bearer <key>}, the scheme in any case, one
     * space or more before the key. The presented key's SHA-256 is compared with every tenant's in constant time
     * ({@link MessageDigest#isEqual}), all of them every time, so the time taken says neither which tenant matched nor
     * how much of a key was right. The key is neither logged nor kept.
     *
     * @return empty when the header is absent, is not a bearer token, or presents a key that is no tenant's
     */
    public Optional<Entry> authenticate(@Nullable String authorizationHeader) {
        if (authorizationHeader == null
                || authorizationHeader.length() < 8
                || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        int start = 7;
        while (start < authorizationHeader.length() && authorizationHeader.charAt(start) == ' ') {
            start++;
        }
        int end = authorizationHeader.length();
        while (end > start
                && (authorizationHeader.charAt(end - 1) == ' ' || authorizationHeader.charAt(end - 1) == '\t')) {
            end--; // optional whitespace after a header's value is not part of it (RFC 9110, 5.5)
        }
        String key = authorizationHeader.substring(start, end);
        if (keyProblem(key) != null) {
            return Optional.empty();
        }
        byte[] presented = sha256(key);
        int match = -1;
        for (int i = 0; i < hashes.length; i++) {
            boolean equal = MessageDigest.isEqual(presented, hashes[i]);
            match = equal ? i : match; // no early exit; the hashes are unique, so at most one matches
        }
        return match < 0 ? Optional.empty() : Optional.of(entries.get(match));
    }

    /**
     * The {@code keySha256} of an API key: the lower-case hex SHA-256 of its UTF-8 bytes, after one trailing
     * {@code "\n"} or {@code "\r\n"} is stripped (what {@code llama-ffm serve --hash-key} gets when the key is piped in
     * with {@code echo}).
     *
     * @throws IllegalArgumentException when the key is empty or has a space, tab, line break or control character
     */
    public static String hash(String key) {
        String k = key.endsWith("\r\n")
                ? key.substring(0, key.length() - 2)
                : key.endsWith("\n") ? key.substring(0, key.length() - 1) : key;
        String problem = keyProblem(k);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return HexFormat.of().formatHex(sha256(k));
    }

    /**
     * Loads and validates a keys file.
     *
     * @param base the limits of a tenant that the file gives none, and of the fields a tenant's {@code limits} leaves
     *             out: the policy's default tenant limits
     * @throws KeysFileException naming the file, line, column and field of the first problem
     */
    public static ApiKeys load(Path file, Policy.TenantLimits base) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new KeysFileException(file, null, "", "is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new KeysFileException(file, null, "", "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new KeysFileException(file, null, "", "cannot read: permission denied");
        } catch (IOException e) {
            throw new KeysFileException(file, null, "", "cannot read: " + e);
        }
        List<Entry> entries = new Reader(file, text, base).read();
        return new ApiKeys(entries, permissionWarning(file));
    }

    private static @Nullable String permissionWarning(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
        boolean read = permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ);
        boolean write = permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        if (!read && !write) {
            return null;
        }
        return file + ": other users can " + (read && write ? "read and change" : read ? "read" : "change")
                + " the keys file (" + PosixFilePermissions.toString(permissions) + "), so they can "
                + (read ? "guess a weak key offline from its hash" : "")
                + (read && write ? " and " : "")
                + (write ? "add a tenant" : "")
                + "; run: chmod " + (permissions.contains(PosixFilePermission.OWNER_WRITE) ? "600 " : "400 ") + file;
    }

    // ---- validation, shared by the file's reader (which knows where a value is) and the records ----

    private static final String NO_TENANTS = "at least one tenant is needed";
    private static final String NO_MODELS =
            "no model; name the models the tenant may use, or [\"*\"] for every model the server serves";
    private static final String ALONE = "\"*\" means every model the server serves, so it stands alone";

    private static @Nullable String nameProblem(String name) {
        return NAME.matcher(name).matches() ? null : "'" + name + "' is not 1..64 of [A-Za-z0-9._-]";
    }

    /**
     * {@code sha256} when it is a key's hash as {@link #hash(String)} writes it (e.g. a metrics key's).
     *
     * @throws IllegalArgumentException saying what is wrong with it (never repeating it: it may be the key)
     */
    public static String checkHash(String sha256) {
        String problem = hashProblem(sha256);
        if (problem != null) {
            throw new IllegalArgumentException("the key hash " + problem);
        }
        return sha256;
    }

    private static @Nullable String hashProblem(String hash) {
        // the value is never repeated: it may be the key itself, pasted in by mistake
        if (hash.length() == 64 && hash.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return hash.equals(hash.toLowerCase(Locale.ROOT))
                    ? null
                    : "has upper-case hex digits; write them in lower case, as " + HASH_KEY + " prints them";
        }
        return "is not 64 lower-case hex digits (it has " + hash.length() + " characters"
                + (hash.length() == 64 ? ", not all of them hex digits" : "") + "); it is the SHA-256 of the key, "
                + "never the key itself: " + HASH_KEY + " prints it from the key on stdin";
    }

    private static @Nullable String modelProblem(String model) {
        return model.isEmpty() ? "a model's name cannot be empty" : null;
    }

    private static String sameName(String name, int before) {
        return "'" + name + "' is also the name of tenants[" + before + "]";
    }

    private static String sameKey(String name, int before) {
        return "the same key as tenants[" + before + "] ('" + name + "'); each tenant needs a key of its own";
    }

    private static @Nullable String keyProblem(String key) {
        if (key.isEmpty()) {
            return "the API key is empty";
        }
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                // the key is never repeated, only the position and kind of the character
                return ("the API key has a space, tab, line break or control character (U+%04X) at position %d;"
                                + " a key is one line of printable characters")
                        .formatted(c, key.codePointCount(0, i) + 1);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    /** A keys file that cannot be used; the message is {@code file:line:column: field: problem}. */
    public static final class KeysFileException extends IllegalArgumentException {

        private final int line;
        private final int column;
        private final String field;

        KeysFileException(Path file, @Nullable Position position, String field, String problem) {
            super(file + (position != null ? ":" + position.line() + ":" + position.column() : "") + ": "
                    + (field.isEmpty() ? "" : field + ": ") + problem);
            this.line = position != null ? position.line() : -1;
            this.column = position != null ? position.column() : -1;
            this.field = field;
        }

        /** The line of the problem (1-based), -1 when the file as a whole is the problem. */
        public int line() {
            return line;
        }

        /** The column of the problem (1-based), -1 when the file as a whole is the problem. */
        public int column() {
            return column;
        }

        /** The field, e.g. {@code tenants[1].keySha256}; empty when the file as a whole is the problem. */
        public String field() {
            return field;
        }
    }

    private record Position(int line, int column) {

        static Position of(JsonLocation location) {
            return new Position(location.getLineNr(), location.getColumnNr());
        }

        /** Where {@code inner}, a place in the text that starts here, is in the whole text. */
        Position plus(JsonLocation inner) {
            return inner.getLineNr() == 1
                    ? new Position(line, column + inner.getColumnNr() - 1)
                    : new Position(line + inner.getLineNr() - 1, inner.getColumnNr());
        }
    }

    /**
     * Reads the file with Jackson's streaming parser, which knows where each value is: a value that is wrong is
     * reported where it is, not where the object that holds it ends.
     */
    private static final class Reader {

        private static final List<String> FIELDS = List.of("name", "keySha256", "models", "limits");

        private final Path file;
        private final String text;
        private final Policy.TenantLimits base;
        private final Map<String, Integer> names = new HashMap<>();
        private final Map<String, Integer> keys = new HashMap<>();
        private final List<Entry> entries = new ArrayList<>();
        private @Nullable JsonParser parser;

        Reader(Path file, String text, Policy.TenantLimits base) {
            this.file = file;
            this.text = text;
            this.base = base;
        }

        List<Entry> read() {
            try (JsonParser p = JSON.createParser(text)) {
                parser = p;
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new KeysFileException(file, null, "", "the file is empty");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw error("", "the file is a JSON object: {\"tenants\": [...]}");
                }
                Position top = here();
                boolean tenants = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    if (!field.equals("tenants")) {
                        throw error(field, "unknown field; the file has one field, tenants");
                    }
                    tenants = true;
                    p.nextToken();
                    tenants();
                }
                if (!tenants) {
                    throw new KeysFileException(file, top, "tenants", "missing; " + NO_TENANTS);
                }
                if (p.nextToken() != null) {
                    throw error("", "more after the end of the file's object");
                }
                return entries;
            } catch (JsonParseException e) {
                if (parser != null && e.getOriginalMessage().startsWith("Duplicate") && e.getLocation() != null) {
                    // the parser's context has the name given twice; the error's location is just after the name
                    JsonLocation after = e.getLocation();
                    int end = Math.toIntExact(after.getCharOffset());
                    int start = end > 1 && text.charAt(end - 1) == '"' ? text.lastIndexOf('"', end - 2) : -1;
                    throw new KeysFileException(
                            file,
                            start < 0
                                    ? Position.of(after)
                                    : new Position(after.getLineNr(), after.getColumnNr() - (end - start)),
                            path(parser.getParsingContext()),
                            "given twice");
                }
                JsonLocation location = e.getLocation();
                throw new KeysFileException(
                        file, location != null ? Position.of(location) : null, "", e.getOriginalMessage());
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation();
                throw new KeysFileException(
                        file, location != null ? Position.of(location) : null, "", e.getOriginalMessage());
            } catch (IOException e) {
                throw new KeysFileException(file, null, "", "cannot read: " + e);
            }
        }

        private void tenants() throws IOException {
            JsonParser p = Objects.requireNonNull(parser);
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error("tenants", "must be a list of tenants: [{\"name\": ..., \"keySha256\": ..., ...}]");
            }
            Position list = here();
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                tenant(i++);
            }
            if (i == 0) {
                throw new KeysFileException(file, list, "tenants", NO_TENANTS);
            }
        }

        private void tenant(int i) throws IOException {
            JsonParser p = Objects.requireNonNull(parser);
            String at = "tenants[" + i + "]";
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(at, "must be an object: {\"name\": ..., \"keySha256\": ..., \"models\": [...]}");
            }
            Position start = here();
            String name = null;
            String hash = null;
            Set<String> models = null;
            Policy.TenantLimits limits = base;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String path = at + "." + field;
                if (!FIELDS.contains(field)) {
                    throw error(path, "unknown field; a tenant has " + String.join(", ", FIELDS));
                }
                p.nextToken();
                switch (field) {
                    case "name" -> name = name(i, path);
                    case "keySha256" -> hash = hash(i, path);
                    case "models" -> models = models(path);
                    default -> limits = limits(path);
                }
            }
            if (name == null) {
                throw new KeysFileException(file, start, at + ".name", "missing; the tenant's id, e.g. \"alice\"");
            }
            if (hash == null) {
                throw new KeysFileException(
                        file, start, at + ".keySha256", "missing; the SHA-256 of the tenant's key: " + HASH_KEY);
            }
            if (models == null) {
                throw new KeysFileException(file, start, at + ".models", "missing; " + NO_MODELS);
            }
            entries.add(new Entry(name, hash, models, limits));
        }

        private String name(int i, String path) throws IOException {
            String name = string(path, "must be a string: the tenant's id, e.g. \"alice\"");
            String problem = nameProblem(name);
            if (problem != null) {
                throw error(path, problem);
            }
            Integer before = names.putIfAbsent(name, i);
            if (before != null) {
                throw error(path, sameName(name, before));
            }
            return name;
        }

        private String hash(int i, String path) throws IOException {
            String hash = string(path, "must be a string: the SHA-256 of the tenant's key, from " + HASH_KEY);
            String problem = hashProblem(hash);
            if (problem != null) {
                throw error(path, problem);
            }
            Integer before = keys.putIfAbsent(hash, i);
            if (before != null) {
                throw error(path, sameKey(entries.get(before).name(), before));
            }
            return hash;
        }

        private Set<String> models(String path) throws IOException {
            JsonParser p = Objects.requireNonNull(parser);
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error(path, "must be a list of model names, e.g. [\"demo\"], or [\"*\"] for every model");
            }
            Position list = here();
            Set<String> models = new LinkedHashSet<>();
            int k = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String at = path + "[" + k++ + "]";
                String model = string(at, "must be a string: a model's name as the policy gives it");
                String problem = modelProblem(model);
                if (problem != null) {
                    throw error(at, problem);
                }
                if (!models.add(model)) {
                    throw error(at, "'" + model + "' is listed twice");
                }
                if (models.size() > 1 && models.contains(ALL_MODELS)) {
                    throw error(at, ALONE);
                }
            }
            if (models.isEmpty()) {
                throw new KeysFileException(file, list, path, NO_MODELS);
            }
            return models;
        }

        /** The limits through {@link Policy#tenantLimits(String, Policy.TenantLimits)}, their errors placed here. */
        private Policy.TenantLimits limits(String path) throws IOException {
            JsonParser p = Objects.requireNonNull(parser);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(path, "must be an object of limits, e.g. {\"requestsPerMinute\": 60}");
            }
            JsonLocation start = p.currentTokenLocation();
            p.skipChildren();
            int end = Math.toIntExact(p.currentTokenLocation().getCharOffset()) + 1;
            String json = text.substring(Math.toIntExact(start.getCharOffset()), end);
            Position origin = Position.of(start);
            try {
                return Policy.tenantLimits(json, base);
            } catch (IllegalArgumentException e) {
                String message = Objects.requireNonNullElse(e.getMessage(), e.toString());
                if (e.getCause() instanceof JsonMappingException cause) {
                    String inner = jsonPath(cause);
                    String problem = inner.isEmpty() || !message.startsWith(inner + ": ")
                            ? message
                            : message.substring(inner.length() + 2);
                    if (cause instanceof UnrecognizedPropertyException unknown) {
                        problem = "unknown field; the limits are "
                                + unknown.getKnownPropertyIds().stream()
                                        .map(Object::toString)
                                        .collect(Collectors.toCollection(TreeSet::new));
                    }
                    JsonLocation location =
                            locate(json, cause.getPath(), !(cause instanceof UnrecognizedPropertyException));
                    location = location != null ? location : cause.getLocation();
                    throw new KeysFileException(
                            file,
                            location != null ? origin.plus(location) : origin,
                            inner.isEmpty() ? path : path + "." + inner,
                            problem);
                }
                if (e.getCause() instanceof JsonProcessingException cause && cause.getLocation() != null) {
                    throw new KeysFileException(file, origin.plus(cause.getLocation()), path, message);
                }
                // a value out of range: the policy names the field, as "limits.x: problem" or "limits: problem"
                if (message.startsWith("limits.") || message.startsWith("limits: ")) {
                    int colon = message.indexOf(": ");
                    throw new KeysFileException(
                            file,
                            origin,
                            path + message.substring("limits".length(), colon),
                            message.substring(colon + 2));
                }
                throw new KeysFileException(file, origin, path, message);
            }
        }

        private String string(String path, String problem) throws IOException {
            JsonParser p = Objects.requireNonNull(parser);
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error(path, problem);
            }
            return p.getText();
        }

        private Position here() {
            return Position.of(Objects.requireNonNull(parser).currentTokenLocation());
        }

        private KeysFileException error(String field, String problem) {
            return new KeysFileException(file, here(), field, problem);
        }

        /** A field's path, e.g. {@code tenants[0].limits.maxTopK}, from the parser's context. */
        private static String path(JsonStreamContext context) {
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
            }
            return path.isEmpty() || path.charAt(0) != '.' ? path.toString() : path.substring(1);
        }

        /**
         * Where the field at {@code path} in {@code json} is: its name, or its value; null when it is not there. Jackson
         * places a mapping error where its parser stopped, after the value.
         */
        private static @Nullable JsonLocation locate(
                String json, List<JsonMappingException.Reference> path, boolean value) {
            try (JsonParser p = JSON.createParser(json)) {
                p.nextToken();
                for (int depth = 0; depth < path.size(); depth++) {
                    JsonMappingException.Reference step = path.get(depth);
                    if (step.getFieldName() != null && p.currentToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME
                                && !p.currentName().equals(step.getFieldName())) {
                            p.nextToken();
                            p.skipChildren();
                        }
                        if (p.currentToken() != JsonToken.FIELD_NAME) {
                            return null;
                        }
                        if (depth == path.size() - 1 && !value) {
                            return p.currentTokenLocation();
                        }
                        p.nextToken();
                    } else if (step.getFieldName() == null && p.currentToken() == JsonToken.START_ARRAY) {
                        for (int i = 0; i <= step.getIndex(); i++) {
                            if (i > 0) {
                                p.skipChildren();
                            }
                            if (p.nextToken() == JsonToken.END_ARRAY) {
                                return null;
                            }
                        }
                    } else {
                        return null;
                    }
                }
                return p.currentTokenLocation();
            } catch (IOException e) {
                return null;
            }
        }

        private static String jsonPath(JsonMappingException e) {
            return e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
    }
}
