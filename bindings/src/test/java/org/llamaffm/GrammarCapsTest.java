package org.llamaffm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llamaffm.testkit.ChildJvm;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;

/**
 * GBNF grammars read as llama.cpp's parser reads them: nesting hidden from a character count
 * crashed its recursive parser, and small grammars within every size cap kept one native call
 * (llama_sampler_init_grammar) running with no end.
 */
class GrammarCapsTest {

    @TempDir
    static Path folder;

    private static Path file;
    private static Model model;

    @BeforeAll
    static void loadModel() throws Exception {
        file = folder.resolve("tiny.gguf");
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .layers(1)
                .seed(5)
                .write(file);
        model = Model.load(file);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** 100,000 nested groups after a class holding a quote: the old count read every parenthesis as quoted. */
    static final String HIDDEN_NESTING = "root ::= [\"] " + "(".repeat(100_000) + "\"a\"" + ")".repeat(100_000);

    /** 25 rules, each two of the next: every position of the 2^24 ways to skip them is a stack. */
    static final String NESTED_OPTIONALS = "root ::= a1 \"z\"\n"
            + IntStream.range(1, 25)
                    .mapToObj(i -> "a" + i + " ::= a" + (i + 1) + " a" + (i + 1))
                    .collect(Collectors.joining("\n"))
            + "\na25 ::= \"x\" | \"\"\n";

    /** b is empty only through c: llama.cpp's left-recursion check misses root -> b -> root. */
    static final String HIDDEN_LEFT_RECURSION = "root ::= b root \"x\" | \"y\"\nb ::= c\nc ::= \"\"\n";

    private ChildJvm.Outcome unguarded(String gbnf, int seconds) throws Exception {
        Path grammar = Files.writeString(Files.createTempFile(folder, "g", ".gbnf"), gbnf);
        return ChildJvm.run(
                UnguardedNativeCalls.class,
                Duration.ofSeconds(seconds),
                List.of(),
                "grammar",
                file.toString(),
                grammar.toString());
    }

    @Test
    void nestingHiddenInACharacterClassCrashedTheParserAndIsNowCounted() throws Exception {
        ChildJvm.Outcome raw = unguarded(HIDDEN_NESTING, 30);
        assertThat(raw.crashed()).as(raw.toString()).isTrue();

        assertThatThrownBy(() -> Sampler.builder().grammar(HIDDEN_NESTING, "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the grammar nests groups more than 64 deep (at line 1, column 78); at most 64 levels are "
                        + "allowed");
        // brackets and quotes in classes, literals, comments and tokens are not structure
        String fine = "root ::= [)\\]\"(] \"((\\\"(\" item # ((((\"\nitem ::= [^\"]{1,3} | ( \"[\" ) <[5]>\n";
        try (Sampler sampler = Sampler.builder().grammar(fine, "root").greedy().build(model)) {
            assertThat(sampler).isNotNull();
        }
        assertThatThrownBy(() -> Sampler.builder().grammar("root ::= (\"a\"{1,3}){0,5000}", "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the grammar repeats something {0,5000} times; at most 2000 repetitions are allowed");
    }

    @Test
    void grammarsThatStalledTheNativeInitAreRefusedInProcess() throws Exception {
        ChildJvm.Outcome optionals = unguarded(NESTED_OPTIONALS, 5);
        assertThat(optionals.timedOut()).as(optionals.toString()).isTrue();
        ChildJvm.Outcome recursion = unguarded(HIDDEN_LEFT_RECURSION, 5);
        assertThat(recursion.timedOut()).as(recursion.toString()).isTrue();

        assertThatThrownBy(() -> Sampler.builder().grammar(NESTED_OPTIONALS, "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessage("the grammar can be in more than 4096 states at once (in rule root; optional or repeated "
                        + "items that can be empty, nested in each other, multiply them); at most 4096 are allowed");
        assertThatThrownBy(() -> Sampler.builder().grammar(HIDDEN_LEFT_RECURSION, "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the grammar is left-recursive: root -> root without matching any text");
        // each rule starts with the next: llama.cpp's left-recursion check recursed 8192 deep and crashed
        String chain = IntStream.range(0, 8192)
                .mapToObj(i -> "r" + i + " ::= r" + (i + 1))
                .collect(Collectors.joining("\n", "root ::= r0\n", "\nr8192 ::= \"a\"\n"));
        ChildJvm.Outcome deep = unguarded(chain, 30);
        assertThat(deep.crashed()).as(deep.toString()).isTrue();
        assertThatThrownBy(() -> Sampler.builder().grammar(chain, "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the grammar has a chain of more than 1024 rules, each starting with the next");
        assertThatThrownBy(() -> Sampler.builder().grammar("root ::= \"a\"" + "*".repeat(100_000), "root"))
                .isInstanceOf(GrammarException.class)
                .hasMessageStartingWith("the grammar repeats a repetition (as in x**) more than 64 times over");
        // as many rules that each start with a character are fine
        try (Sampler sampler = Sampler.builder()
                .grammar(chain.replace(" ::= r", " ::= \"a\" r"), "root")
                .greedy()
                .build(model)) {
            assertThat(sampler).isNotNull();
        }
        // a few nested optionals are fine, and so is what the JSON Schema converter makes
        String someOptionals = NESTED_OPTIONALS
                .replaceAll("a(1[0-9]|2[0-5]) ::= .*\n", "")
                .replace("a9 ::= a10 a10", "a9 ::= \"x\" | \"\"");
        try (Sampler sampler = Sampler.builder()
                        .grammar(someOptionals, "root")
                        .greedy()
                        .build(model);
                Sampler schema = Sampler.builder()
                        .jsonSchema(
                                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":"
                                        + "\"string\",\"maxLength\":2000},\"b\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}}}}")
                        .greedy()
                        .build(model)) {
            assertThat(sampler).isNotNull();
            assertThat(schema).isNotNull();
        }
    }
}
