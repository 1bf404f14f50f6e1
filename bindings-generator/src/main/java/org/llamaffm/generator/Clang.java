package org.llamaffm.generator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The part of libclang's C API (clang-c/Index.h) the generator reads headers with, called through
 * FFM. Hand-written: it is the bootstrap of the generator, not part of llama-ffm's bindings.
 *
 * <p>Cursors and types are small structs that libclang passes by value; they are copied into the
 * generator's arena so they outlive the upcall or call that produced them. Not thread-safe: one
 * generator run, one thread.
 */
final class Clang {

    // enum CXCursorKind (the ones the generator looks at)
    static final int CURSOR_STRUCT_DECL = 2;
    static final int CURSOR_UNION_DECL = 3;
    static final int CURSOR_ENUM_DECL = 5;
    static final int CURSOR_FIELD_DECL = 6;
    static final int CURSOR_ENUM_CONSTANT_DECL = 7;
    static final int CURSOR_FUNCTION_DECL = 8;
    static final int CURSOR_VAR_DECL = 9;
    static final int CURSOR_PARM_DECL = 10;
    static final int CURSOR_TYPEDEF_DECL = 20;
    static final int CURSOR_MACRO_DEFINITION = 501;

    // enum CXTypeKind
    static final int TYPE_INVALID = 0;
    static final int TYPE_VOID = 2;
    static final int TYPE_BOOL = 3;
    static final int TYPE_CHAR_U = 4;
    static final int TYPE_UCHAR = 5;
    static final int TYPE_USHORT = 8;
    static final int TYPE_UINT = 9;
    static final int TYPE_ULONG = 10;
    static final int TYPE_ULONGLONG = 11;
    static final int TYPE_CHAR_S = 13;
    static final int TYPE_SCHAR = 14;
    static final int TYPE_SHORT = 16;
    static final int TYPE_INT = 17;
    static final int TYPE_LONG = 18;
    static final int TYPE_LONGLONG = 19;
    static final int TYPE_FLOAT = 21;
    static final int TYPE_DOUBLE = 22;
    static final int TYPE_POINTER = 101;
    static final int TYPE_RECORD = 105;
    static final int TYPE_ENUM = 106;
    static final int TYPE_TYPEDEF = 107;
    static final int TYPE_FUNCTION_NO_PROTO = 110;
    static final int TYPE_FUNCTION_PROTO = 111;
    static final int TYPE_CONSTANT_ARRAY = 112;
    static final int TYPE_INCOMPLETE_ARRAY = 114;
    static final int TYPE_ELABORATED = 119;

    static final int STORAGE_STATIC = 3;
    static final int AVAILABILITY_DEPRECATED = 1;
    static final int EVAL_INT = 1;
    static final int EVAL_FLOAT = 2;
    static final int EVAL_STR_LITERAL = 4;

    // CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_SkipFunctionBodies
    private static final int PARSE_OPTIONS = 0x01 | 0x40;

    private static final Linker LINKER = Linker.nativeLinker();
    /** struct CXCursor { enum CXCursorKind kind; int xdata; const void *data[3]; } */
    static final MemoryLayout CURSOR =
            MemoryLayout.structLayout(JAVA_INT, JAVA_INT, MemoryLayout.sequenceLayout(3, ADDRESS));
    /** struct CXType { enum CXTypeKind kind; void *data[2]; } */
    static final MemoryLayout TYPE =
            MemoryLayout.structLayout(JAVA_INT, MemoryLayout.paddingLayout(4), MemoryLayout.sequenceLayout(2, ADDRESS));
    /** struct CXString { const void *data; unsigned private_flags; } */
    private static final MemoryLayout STRING =
            MemoryLayout.structLayout(ADDRESS, JAVA_INT, MemoryLayout.paddingLayout(4));
    /** struct CXSourceLocation { const void *ptr_data[2]; unsigned int_data; } */
    private static final MemoryLayout LOCATION =
            MemoryLayout.structLayout(MemoryLayout.sequenceLayout(2, ADDRESS), JAVA_INT, MemoryLayout.paddingLayout(4));
    /** struct CXUnsavedFile { const char *Filename; const char *Contents; unsigned long Length; } */
    private static final MemoryLayout UNSAVED_FILE = MemoryLayout.structLayout(ADDRESS, ADDRESS, JAVA_LONG);

    private final Arena arena;
    private final SymbolLookup lookup;
    private final Path library;

    private final MethodHandle createIndex;
    private final MethodHandle disposeIndex;
    private final MethodHandle parseTranslationUnit;
    private final MethodHandle disposeTranslationUnit;
    private final MethodHandle getNumDiagnostics;
    private final MethodHandle getDiagnostic;
    private final MethodHandle getDiagnosticSeverity;
    private final MethodHandle formatDiagnostic;
    private final MethodHandle disposeDiagnostic;
    private final MethodHandle getTranslationUnitCursor;
    private final MethodHandle visitChildren;
    private final MethodHandle getCString;
    private final MethodHandle disposeString;
    private final MethodHandle getCursorKind;
    private final MethodHandle getCursorSpelling;
    private final MethodHandle getCursorType;
    private final MethodHandle getTypedefDeclUnderlyingType;
    private final MethodHandle getEnumDeclIntegerType;
    private final MethodHandle getEnumConstantDeclValue;
    private final MethodHandle getCursorResultType;
    private final MethodHandle cursorGetNumArguments;
    private final MethodHandle cursorGetArgument;
    private final MethodHandle cursorGetOffsetOfField;
    private final MethodHandle cursorIsAnonymousRecordDecl;
    private final MethodHandle cursorIsAnonymous;
    private final MethodHandle isCursorDefinition;
    private final MethodHandle cursorIsBitField;
    private final MethodHandle cursorIsMacroFunctionLike;
    private final MethodHandle cursorGetStorageClass;
    private final MethodHandle cursorGetRawCommentText;
    private final MethodHandle getCursorAvailability;
    private final MethodHandle getCursorPlatformAvailability;
    private final MethodHandle getCursorLocation;
    private final MethodHandle getExpansionLocation;
    private final MethodHandle getFileName;
    private final MethodHandle getTypeSpelling;
    private final MethodHandle getCanonicalType;
    private final MethodHandle getPointeeType;
    private final MethodHandle getResultType;
    private final MethodHandle getNumArgTypes;
    private final MethodHandle getArgType;
    private final MethodHandle isFunctionTypeVariadic;
    private final MethodHandle isConstQualifiedType;
    private final MethodHandle getArrayElementType;
    private final MethodHandle getArraySize;
    private final MethodHandle getTypeDeclaration;
    private final MethodHandle typeGetSizeOf;
    private final MethodHandle typeGetAlignOf;
    private final MethodHandle typeGetNamedType;
    private final MethodHandle typeGetOffsetOf;
    private final MethodHandle cursorEvaluate;
    private final MethodHandle evalGetKind;
    private final MethodHandle evalGetAsLongLong;
    private final MethodHandle evalGetAsDouble;
    private final MethodHandle evalGetAsStr;
    private final MethodHandle evalDispose;
    private final MethodHandle getClangVersion;

    private final MemorySegment visitorStub;
    private List<Cursor> visited;

    Clang(Path library, Arena arena) {
        this.arena = arena;
        this.library = library;
        disableCrashRecovery(arena);
        this.lookup = SymbolLookup.libraryLookup(library, arena);
        createIndex = handle("clang_createIndex", FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT));
        disposeIndex = handle("clang_disposeIndex", FunctionDescriptor.ofVoid(ADDRESS));
        parseTranslationUnit = handle(
                "clang_parseTranslationUnit",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        disposeTranslationUnit = handle("clang_disposeTranslationUnit", FunctionDescriptor.ofVoid(ADDRESS));
        getNumDiagnostics = handle("clang_getNumDiagnostics", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getDiagnostic = handle("clang_getDiagnostic", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
        getDiagnosticSeverity = handle("clang_getDiagnosticSeverity", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        formatDiagnostic = handle("clang_formatDiagnostic", FunctionDescriptor.of(STRING, ADDRESS, JAVA_INT));
        disposeDiagnostic = handle("clang_disposeDiagnostic", FunctionDescriptor.ofVoid(ADDRESS));
        getTranslationUnitCursor = handle("clang_getTranslationUnitCursor", FunctionDescriptor.of(CURSOR, ADDRESS));
        visitChildren = handle("clang_visitChildren", FunctionDescriptor.of(JAVA_INT, CURSOR, ADDRESS, ADDRESS));
        getCString = handle("clang_getCString", FunctionDescriptor.of(ADDRESS, STRING));
        disposeString = handle("clang_disposeString", FunctionDescriptor.ofVoid(STRING));
        getCursorKind = handle("clang_getCursorKind", FunctionDescriptor.of(JAVA_INT, CURSOR));
        getCursorSpelling = handle("clang_getCursorSpelling", FunctionDescriptor.of(STRING, CURSOR));
        getCursorType = handle("clang_getCursorType", FunctionDescriptor.of(TYPE, CURSOR));
        getTypedefDeclUnderlyingType =
                handle("clang_getTypedefDeclUnderlyingType", FunctionDescriptor.of(TYPE, CURSOR));
        getEnumDeclIntegerType = handle("clang_getEnumDeclIntegerType", FunctionDescriptor.of(TYPE, CURSOR));
        getEnumConstantDeclValue = handle("clang_getEnumConstantDeclValue", FunctionDescriptor.of(JAVA_LONG, CURSOR));
        getCursorResultType = handle("clang_getCursorResultType", FunctionDescriptor.of(TYPE, CURSOR));
        cursorGetNumArguments = handle("clang_Cursor_getNumArguments", FunctionDescriptor.of(JAVA_INT, CURSOR));
        cursorGetArgument = handle("clang_Cursor_getArgument", FunctionDescriptor.of(CURSOR, CURSOR, JAVA_INT));
        cursorGetOffsetOfField = handle("clang_Cursor_getOffsetOfField", FunctionDescriptor.of(JAVA_LONG, CURSOR));
        cursorIsAnonymousRecordDecl =
                handle("clang_Cursor_isAnonymousRecordDecl", FunctionDescriptor.of(JAVA_INT, CURSOR));
        cursorIsAnonymous = handle("clang_Cursor_isAnonymous", FunctionDescriptor.of(JAVA_INT, CURSOR));
        isCursorDefinition = handle("clang_isCursorDefinition", FunctionDescriptor.of(JAVA_INT, CURSOR));
        cursorIsBitField = handle("clang_Cursor_isBitField", FunctionDescriptor.of(JAVA_INT, CURSOR));
        cursorIsMacroFunctionLike = handle("clang_Cursor_isMacroFunctionLike", FunctionDescriptor.of(JAVA_INT, CURSOR));
        cursorGetStorageClass = handle("clang_Cursor_getStorageClass", FunctionDescriptor.of(JAVA_INT, CURSOR));
        cursorGetRawCommentText = handle("clang_Cursor_getRawCommentText", FunctionDescriptor.of(STRING, CURSOR));
        getCursorAvailability = handle("clang_getCursorAvailability", FunctionDescriptor.of(JAVA_INT, CURSOR));
        getCursorPlatformAvailability = handle(
                "clang_getCursorPlatformAvailability",
                FunctionDescriptor.of(JAVA_INT, CURSOR, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        getCursorLocation = handle("clang_getCursorLocation", FunctionDescriptor.of(LOCATION, CURSOR));
        getExpansionLocation = handle(
                "clang_getExpansionLocation", FunctionDescriptor.ofVoid(LOCATION, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        getFileName = handle("clang_getFileName", FunctionDescriptor.of(STRING, ADDRESS));
        getTypeSpelling = handle("clang_getTypeSpelling", FunctionDescriptor.of(STRING, TYPE));
        getCanonicalType = handle("clang_getCanonicalType", FunctionDescriptor.of(TYPE, TYPE));
        getPointeeType = handle("clang_getPointeeType", FunctionDescriptor.of(TYPE, TYPE));
        getResultType = handle("clang_getResultType", FunctionDescriptor.of(TYPE, TYPE));
        getNumArgTypes = handle("clang_getNumArgTypes", FunctionDescriptor.of(JAVA_INT, TYPE));
        getArgType = handle("clang_getArgType", FunctionDescriptor.of(TYPE, TYPE, JAVA_INT));
        isFunctionTypeVariadic = handle("clang_isFunctionTypeVariadic", FunctionDescriptor.of(JAVA_INT, TYPE));
        isConstQualifiedType = handle("clang_isConstQualifiedType", FunctionDescriptor.of(JAVA_INT, TYPE));
        getArrayElementType = handle("clang_getArrayElementType", FunctionDescriptor.of(TYPE, TYPE));
        getArraySize = handle("clang_getArraySize", FunctionDescriptor.of(JAVA_LONG, TYPE));
        getTypeDeclaration = handle("clang_getTypeDeclaration", FunctionDescriptor.of(CURSOR, TYPE));
        typeGetSizeOf = handle("clang_Type_getSizeOf", FunctionDescriptor.of(JAVA_LONG, TYPE));
        typeGetAlignOf = handle("clang_Type_getAlignOf", FunctionDescriptor.of(JAVA_LONG, TYPE));
        typeGetOffsetOf = handle("clang_Type_getOffsetOf", FunctionDescriptor.of(JAVA_LONG, TYPE, ADDRESS));
        typeGetNamedType = handle("clang_Type_getNamedType", FunctionDescriptor.of(TYPE, TYPE));
        cursorEvaluate = handle("clang_Cursor_Evaluate", FunctionDescriptor.of(ADDRESS, CURSOR));
        evalGetKind = handle("clang_EvalResult_getKind", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        evalGetAsLongLong = handle("clang_EvalResult_getAsLongLong", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        evalGetAsDouble = handle("clang_EvalResult_getAsDouble", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS));
        evalGetAsStr = handle("clang_EvalResult_getAsStr", FunctionDescriptor.of(ADDRESS, ADDRESS));
        evalDispose = handle("clang_EvalResult_dispose", FunctionDescriptor.ofVoid(ADDRESS));
        getClangVersion = handle("clang_getClangVersion", FunctionDescriptor.of(STRING));
        try {
            MethodHandle visit = MethodHandles.lookup()
                    .findVirtual(
                            Clang.class,
                            "visit",
                            MethodType.methodType(
                                    int.class, MemorySegment.class, MemorySegment.class, MemorySegment.class));
            visitorStub = LINKER.upcallStub(
                    visit.bindTo(this), FunctionDescriptor.of(JAVA_INT, CURSOR, CURSOR, ADDRESS), arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * libclang's crash recovery installs LLVM's signal handlers over the JVM's, and the JVM uses
     * SIGSEGV itself (implicit null checks, safepoint polls): with them installed, the JVM dies on
     * its first such signal. {@code LIBCLANG_DISABLE_CRASH_RECOVERY} must be in the environment
     * before libclang initializes, so it is set here, in this process, with POSIX setenv.
     */
    private static void disableCrashRecovery(Arena arena) {
        if (System.getenv("LIBCLANG_DISABLE_CRASH_RECOVERY") != null) {
            return;
        }
        MemorySegment setenv = LINKER.defaultLookup()
                .find("setenv")
                .orElseThrow(() ->
                        new GeneratorException("no setenv in the C library: set LIBCLANG_DISABLE_CRASH_RECOVERY=1"));
        MethodHandle handle =
                LINKER.downcallHandle(setenv, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        invoke(handle, arena.allocateFrom("LIBCLANG_DISABLE_CRASH_RECOVERY"), arena.allocateFrom("1"), 1);
    }

    /**
     * Finds libclang: {@code $LLAMA_FFM_LIBCLANG} or {@code -Dllamaffm.libclang} when set, else
     * the newest of the usual Debian/Ubuntu, Homebrew and Xcode locations.
     */
    static Path locate() {
        String explicit = System.getProperty("llamaffm.libclang", System.getenv("LLAMA_FFM_LIBCLANG"));
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit);
            if (!Files.isRegularFile(path)) {
                throw new GeneratorException(
                        "libclang not found at " + path + " (from LLAMA_FFM_LIBCLANG / -Dllamaffm.libclang)");
            }
            return path;
        }
        List<Path> candidates = new ArrayList<>();
        for (String base : List.of("/usr/lib", "/usr/local/opt", "/opt/homebrew/opt")) {
            try (Stream<Path> dirs = Files.list(Path.of(base))) {
                dirs.filter(d -> d.getFileName().toString().matches("llvm(-\\d+)?(@\\d+)?"))
                        .sorted(Comparator.comparing(Clang::llvmVersion).reversed())
                        .forEach(d -> {
                            candidates.add(d.resolve("lib/libclang.so.1"));
                            candidates.add(d.resolve("lib/libclang.so"));
                            candidates.add(d.resolve("lib/libclang.dylib"));
                        });
            } catch (Exception e) {
                // base folder absent: try the next one
            }
        }
        candidates.add(Path.of("/Library/Developer/CommandLineTools/usr/lib/libclang.dylib"));
        candidates.add(
                Path.of(
                        "/Applications/Xcode.app/Contents/Developer/Toolchains/XcodeDefault.xctoolchain/usr/lib/libclang.dylib"));
        Optional<Path> found = candidates.stream().filter(Files::isRegularFile).findFirst();
        return found.orElseThrow(() -> new GeneratorException("""
                libclang not found. Install it (Debian/Ubuntu: apt-get install libclang-16-dev libclang1-16; \
                macOS: xcode-select --install or brew install llvm) or point LLAMA_FFM_LIBCLANG at libclang.so/.dylib. \
                Looked for: %s""".formatted(candidates)));
    }

    private static int llvmVersion(Path dir) {
        String digits = dir.getFileName().toString().replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    Path library() {
        return library;
    }

    String version() {
        return string(invoke(getClangVersion));
    }

    private MethodHandle handle(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new GeneratorException(name + " not found in " + library + " (libclang too old?)"));
        MethodHandle handle = LINKER.downcallHandle(symbol, descriptor);
        // Struct returns come back in memory from the generator's arena.
        return descriptor
                        .returnLayout()
                        .filter(l -> l instanceof java.lang.foreign.GroupLayout)
                        .isPresent()
                ? MethodHandles.insertArguments(handle, 0, arena)
                : handle;
    }

    private static Object invoke(MethodHandle handle, Object... args) {
        try {
            return handle.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private MemorySegment copy(Object struct) {
        MemorySegment source = (MemorySegment) struct;
        return arena.allocate(source.byteSize(), 8).copyFrom(source);
    }

    private String string(Object cxString) {
        MemorySegment chars = (MemorySegment) invoke(getCString, cxString);
        String value = chars.equals(MemorySegment.NULL)
                ? ""
                : chars.reinterpret(Long.MAX_VALUE).getString(0);
        invoke(disposeString, cxString);
        return value;
    }

    /** A parsed translation unit; {@link #close()} disposes it. */
    final class TranslationUnit implements AutoCloseable {
        private final MemorySegment index;
        private final MemorySegment unit;

        private TranslationUnit(MemorySegment index, MemorySegment unit) {
            this.index = index;
            this.unit = unit;
        }

        Cursor cursor() {
            return new Cursor(copy(invoke(getTranslationUnitCursor, unit)));
        }

        /** Diagnostics of severity error or fatal, formatted with their locations. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            int count = (int) invoke(getNumDiagnostics, unit);
            for (int i = 0; i < count; i++) {
                MemorySegment diagnostic = (MemorySegment) invoke(getDiagnostic, unit, i);
                if ((int) invoke(getDiagnosticSeverity, diagnostic) >= 3) {
                    errors.add(string(invoke(formatDiagnostic, diagnostic, 0x1 | 0x2)));
                }
                invoke(disposeDiagnostic, diagnostic);
            }
            return errors;
        }

        @Override
        public void close() {
            invoke(disposeTranslationUnit, unit);
            invoke(disposeIndex, index);
        }
    }

    /** Parses {@code contents} as if it were the C file {@code fileName}, with {@code args}. */
    TranslationUnit parse(String fileName, String contents, List<String> args) {
        MemorySegment index = (MemorySegment) invoke(createIndex, 0, 0);
        MemorySegment argv = arena.allocate(ADDRESS, args.size());
        for (int i = 0; i < args.size(); i++) {
            argv.setAtIndex(ADDRESS, i, arena.allocateFrom(args.get(i)));
        }
        MemorySegment name = arena.allocateFrom(fileName);
        MemorySegment text = arena.allocateFrom(contents);
        MemorySegment unsaved = arena.allocate(UNSAVED_FILE);
        unsaved.set(ADDRESS, 0, name);
        unsaved.set(ADDRESS, 8, text);
        unsaved.set(JAVA_LONG, 16, text.byteSize() - 1);
        MemorySegment unit =
                (MemorySegment) invoke(parseTranslationUnit, index, name, argv, args.size(), unsaved, 1, PARSE_OPTIONS);
        if (unit.equals(MemorySegment.NULL)) {
            invoke(disposeIndex, index);
            throw new GeneratorException("libclang could not parse " + fileName + " with " + args);
        }
        return new TranslationUnit(index, unit);
    }

    // Called by libclang for each child during visitChildren.
    private int visit(MemorySegment cursor, MemorySegment parent, MemorySegment data) {
        visited.add(new Cursor(copy(cursor)));
        return 1; // CXChildVisit_Continue
    }

    /** A CXCursor. */
    final class Cursor {
        private final MemorySegment segment;

        private Cursor(MemorySegment segment) {
            this.segment = segment;
        }

        int kind() {
            return (int) invoke(getCursorKind, segment);
        }

        String spelling() {
            return string(invoke(getCursorSpelling, segment));
        }

        List<Cursor> children() {
            List<Cursor> outer = visited;
            visited = new ArrayList<>();
            try {
                invoke(visitChildren, segment, visitorStub, MemorySegment.NULL);
                return visited;
            } finally {
                visited = outer;
            }
        }

        Type type() {
            return new Type(copy(invoke(getCursorType, segment)));
        }

        Type typedefUnderlying() {
            return new Type(copy(invoke(getTypedefDeclUnderlyingType, segment)));
        }

        Type enumIntegerType() {
            return new Type(copy(invoke(getEnumDeclIntegerType, segment)));
        }

        long enumConstantValue() {
            return (long) invoke(getEnumConstantDeclValue, segment);
        }

        Type resultType() {
            return new Type(copy(invoke(getCursorResultType, segment)));
        }

        List<Cursor> arguments() {
            int count = (int) invoke(cursorGetNumArguments, segment);
            List<Cursor> args = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                args.add(new Cursor(copy(invoke(cursorGetArgument, segment, i))));
            }
            return args;
        }

        /** Offset of this field in its record, in bits. */
        long fieldOffsetBits() {
            return (long) invoke(cursorGetOffsetOfField, segment);
        }

        boolean isAnonymousRecordDecl() {
            return (int) invoke(cursorIsAnonymousRecordDecl, segment) != 0;
        }

        boolean isAnonymous() {
            return (int) invoke(cursorIsAnonymous, segment) != 0;
        }

        boolean isDefinition() {
            return (int) invoke(isCursorDefinition, segment) != 0;
        }

        boolean isBitField() {
            return (int) invoke(cursorIsBitField, segment) != 0;
        }

        boolean isMacroFunctionLike() {
            return (int) invoke(cursorIsMacroFunctionLike, segment) != 0;
        }

        boolean isStatic() {
            return (int) invoke(cursorGetStorageClass, segment) == STORAGE_STATIC;
        }

        String comment() {
            return string(invoke(cursorGetRawCommentText, segment));
        }

        /** The deprecation message when this declaration is deprecated, else empty. */
        Optional<String> deprecation() {
            if ((int) invoke(getCursorAvailability, segment) != AVAILABILITY_DEPRECATED) {
                return Optional.empty();
            }
            MemorySegment alwaysDeprecated = arena.allocate(JAVA_INT);
            MemorySegment message = arena.allocate(STRING);
            MemorySegment alwaysUnavailable = arena.allocate(JAVA_INT);
            MemorySegment unavailableMessage = arena.allocate(STRING);
            invoke(
                    getCursorPlatformAvailability,
                    segment,
                    alwaysDeprecated,
                    message,
                    alwaysUnavailable,
                    unavailableMessage,
                    MemorySegment.NULL,
                    0);
            String text = string(message);
            string(unavailableMessage);
            return Optional.of(text);
        }

        /** The file this declaration's expansion location is in (for macros: where it is defined). */
        Optional<Path> file() {
            MemorySegment location = copy(invoke(getCursorLocation, segment));
            MemorySegment file = arena.allocate(ADDRESS);
            invoke(getExpansionLocation, location, file, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
            MemorySegment handle = file.get(ADDRESS, 0);
            if (handle.equals(MemorySegment.NULL)) {
                return Optional.empty();
            }
            return Optional.of(Path.of(string(invoke(getFileName, handle))));
        }

        /** {@code clang_Cursor_Evaluate} of this (variable) declaration. */
        Optional<Object> evaluate() {
            MemorySegment result = (MemorySegment) invoke(cursorEvaluate, segment);
            if (result.equals(MemorySegment.NULL)) {
                return Optional.empty();
            }
            try {
                return switch ((int) invoke(evalGetKind, result)) {
                    case EVAL_INT -> Optional.of((long) invoke(evalGetAsLongLong, result));
                    case EVAL_FLOAT -> Optional.of((double) invoke(evalGetAsDouble, result));
                    case EVAL_STR_LITERAL ->
                        Optional.of(((MemorySegment) invoke(evalGetAsStr, result))
                                .reinterpret(Long.MAX_VALUE)
                                .getString(0));
                    default -> Optional.empty();
                };
            } finally {
                invoke(evalDispose, result);
            }
        }
    }

    /** A CXType. */
    final class Type {
        private final MemorySegment segment;

        private Type(MemorySegment segment) {
            this.segment = segment;
        }

        int kind() {
            return segment.get(JAVA_INT, 0);
        }

        String spelling() {
            return string(invoke(getTypeSpelling, segment));
        }

        Type canonical() {
            return new Type(copy(invoke(getCanonicalType, segment)));
        }

        Type pointee() {
            return new Type(copy(invoke(getPointeeType, segment)));
        }

        Type result() {
            return new Type(copy(invoke(getResultType, segment)));
        }

        List<Type> argumentTypes() {
            int count = (int) invoke(getNumArgTypes, segment);
            List<Type> types = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                types.add(new Type(copy(invoke(getArgType, segment, i))));
            }
            return types;
        }

        boolean isVariadic() {
            return (int) invoke(isFunctionTypeVariadic, segment) != 0;
        }

        boolean isConst() {
            return (int) invoke(isConstQualifiedType, segment) != 0;
        }

        Type element() {
            return new Type(copy(invoke(getArrayElementType, segment)));
        }

        long arraySize() {
            return (long) invoke(getArraySize, segment);
        }

        Cursor declaration() {
            return new Cursor(copy(invoke(getTypeDeclaration, segment)));
        }

        long size() {
            return (long) invoke(typeGetSizeOf, segment);
        }

        long alignment() {
            return (long) invoke(typeGetAlignOf, segment);
        }

        /** Offset of the field {@code name} (which may be inside anonymous members), in bits. */
        long offsetOfBits(String name) {
            return (long) invoke(typeGetOffsetOf, segment, arena.allocateFrom(name));
        }

        Type named() {
            return new Type(copy(invoke(typeGetNamedType, segment)));
        }
    }
}
