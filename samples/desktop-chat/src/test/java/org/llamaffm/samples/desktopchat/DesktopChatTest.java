package org.llamaffm.samples.desktopchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llamaffm.ContextParams;
import org.llamaffm.MemoryBreakdown;
import org.llamaffm.ModelParams;
import org.llamaffm.gguf.GgmlType;
import org.llamaffm.gguf.GgufValue;
import org.llamaffm.testkit.LlamaCppSource;
import org.llamaffm.testkit.SyntheticModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app in a window on JavaFX's headless platform (no display), driven as a user drives it: type,
 * click, read the labels. The models are synthetic (random weights), written into target/ once: their
 * text is noise, but answers stream, and they last until Stop (the context holds 16384 tokens and
 * greedy sampling on these weights reaches no end-of-generation token).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopChatTest {

    private static final Path DIR = Path.of("target", "desktop-chat-test").toAbsolutePath();
    /** Qwen2's tokenizer and chat template. */
    private static Path qwen;
    /** Llama's SentencePiece tokenizer, no template of its own (so ChatML). */
    private static Path llama;

    private ChatWindow window;

    @BeforeAll
    static void writeModels() throws IOException {
        Files.createDirectories(DIR);
        qwen = DIR.resolve("qwen-chat.gguf");
        llama = DIR.resolve("llama-chat.gguf");
        String template =
                Files.readString(LlamaCppSource.dir().resolve("models/templates/Qwen-Qwen2.5-7B-Instruct.jinja"));
        SyntheticModel.llama(LlamaCppSource.vocab("qwen2"))
                .contextLength(16384)
                .weightType(GgmlType.F16)
                .seed(7)
                .metadata("tokenizer.chat_template", GgufValue.ofString(template))
                .write(qwen);
        SyntheticModel.llama(LlamaCppSource.vocab("llama-spm"))
                .contextLength(16384)
                .seed(8)
                .write(llama);
    }

    @Start
    void start(Stage stage) {
        window = new ChatWindow(null);
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void showsTheMemoryEstimateBeforeLoading(FxRobot robot) {
        pick(robot, qwen);
        long total = MemoryBreakdown.estimate(
                        qwen,
                        ModelParams.defaults(),
                        ContextParams.builder()
                                .contextSize(Settings.DEFAULT_CONTEXT_SIZE)
                                .build())
                .total();
        await(() -> text(robot, "#estimate").startsWith("Memory estimate: " + Estimate.bytes(total)));
        assertThat(text(robot, "#estimate")).endsWith("for a context of 4096 tokens");
        assertThat(window.state()).isEqualTo(ChatWindow.State.NO_MODEL);
        assertThat(text(robot, "#modelInfo")).isEqualTo("No model loaded.");
    }

    @Test
    void streamsAnswersWithTheTemplateAndStops(FxRobot robot) {
        robot.interact(() -> {
            spinner(robot, "#temperature").getValueFactory().setValue(0.0);
            spinner(robot, "#contextSize").getValueFactory().setValue(16384);
            spinner(robot, "#threads").getValueFactory().setValue(2);
        });
        load(robot, qwen);
        assertThat(text(robot, "#modelInfo"))
                .startsWith("Loaded qwen-chat.gguf (llama, ")
                .endsWith("context 16384 tokens, 2 threads.");

        String first = askAndStop(robot, "Hello there");
        String second = askAndStop(robot, "Tell me more");

        // both turns, as the model's own template renders them (Qwen's: a default system message first)
        String rendered =
                fx(() -> robot.lookup("#templateView").queryAs(TextArea.class).getText());
        assertThat(rendered)
                .startsWith("<|im_start|>system\nYou are Qwen")
                .contains("<|im_start|>user\nHello there<|im_end|>\n<|im_start|>assistant\n" + first + "<|im_end|>")
                .contains("<|im_start|>user\nTell me more<|im_end|>\n<|im_start|>assistant\n" + second + "<|im_end|>");
        assertThat(rendered.indexOf("Hello there")).isLessThan(rendered.indexOf("Tell me more"));
        assertThat(messages(robot)).containsExactly("Hello there", first, "Tell me more", second);
    }

    @Test
    void switchingModelsStartsANewConversation(FxRobot robot) {
        robot.interact(() -> spinner(robot, "#temperature").getValueFactory().setValue(0.0));
        load(robot, qwen);
        askAndStop(robot, "Hello there");
        assertThat(messages(robot)).hasSize(2);

        load(robot, llama);
        await(() -> text(robot, "#modelInfo").startsWith("Loaded llama-chat.gguf"));
        assertThat(messages(robot)).isEmpty();
        assertThat(fx(() ->
                        robot.lookup("#templateView").queryAs(TextArea.class).getText()))
                .isEmpty();

        String answer = askAndStop(robot, "Who are you?");
        // no template in this model: llama.cpp's ChatML, without Qwen's system message
        assertThat(fx(() ->
                        robot.lookup("#templateView").queryAs(TextArea.class).getText()))
                .isEqualTo(
                        "<|im_start|>user\nWho are you?<|im_end|>\n<|im_start|>assistant\n" + answer + "<|im_end|>\n");
    }

    @Test
    void aBrokenFileIsATypedErrorAndTheModelInUseStays(FxRobot robot) throws IOException {
        load(robot, qwen);
        Path notGguf = Files.writeString(DIR.resolve("notes.gguf"), "these are notes, not a model\n");
        pick(robot, notGguf);
        // the picker already says so, before Load
        await(() -> visible(robot, "#errorBanner"));
        assertThat(text(robot, "#errorTitle")).isEqualTo("Not a GGUF model file (GgufException: NOT_GGUF)");
        assertThat(text(robot, "#estimate")).isEqualTo("No estimate: Not a GGUF model file (GgufException: NOT_GGUF)");

        robot.clickOn("#load");
        await(() -> text(robot, "#status").equals("Could not load notes.gguf."));
        assertThat(text(robot, "#errorTitle")).isEqualTo("Not a GGUF model file (ModelLoadException: NOT_GGUF)");
        assertThat(text(robot, "#errorMessage"))
                .contains("not a GGUF model file")
                .contains(notGguf.toString());

        byte[] whole = Files.readAllBytes(llama);
        Path truncated = Files.write(DIR.resolve("truncated.gguf"), Arrays.copyOf(whole, whole.length / 2));
        pick(robot, truncated);
        robot.clickOn("#load");
        await(() -> text(robot, "#status").equals("Could not load truncated.gguf."));
        assertThat(text(robot, "#errorTitle")).isEqualTo("Truncated model file (ModelLoadException: TRUNCATED)");
        assertThat(text(robot, "#errorMessage")).contains("truncated").contains(truncated.toString());

        // the app goes on with the model it had
        assertThat(text(robot, "#modelInfo")).startsWith("Loaded qwen-chat.gguf");
        assertThat(window.state()).isEqualTo(ChatWindow.State.READY);
        askAndStop(robot, "Still there?");
        assertThat(visible(robot, "#errorBanner")).isFalse();
    }

    @Test
    void cancelsALoad(FxRobot robot) throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        window.modelThread().execute(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pick(robot, qwen);
        robot.clickOn("#load"); // queued behind the hold: it cannot start before Cancel
        assertThat(visible(robot, "#loadProgress")).isTrue();
        robot.clickOn("#cancelLoad");
        hold.countDown();
        await(() -> text(robot, "#status").equals("Load of qwen-chat.gguf cancelled."));
        assertThat(window.state()).isEqualTo(ChatWindow.State.NO_MODEL);
        assertThat(visible(robot, "#loadProgress")).isFalse();
        assertThat(visible(robot, "#errorBanner")).isFalse();
    }

    /** Sends {@code message}, waits for streamed text, presses Stop; the answer's text. */
    private String askAndStop(FxRobot robot, String message) {
        robot.clickOn("#input").write(message);
        robot.clickOn("#send");
        await(() -> window.state() == ChatWindow.State.GENERATING
                && !lastAnswer(robot).isEmpty());
        assertThat(fx(() -> robot.lookup("#stop").queryButton().isDisabled())).isFalse();
        robot.clickOn("#stop");
        await(() -> window.state() == ChatWindow.State.READY);
        assertThat(text(robot, "#status")).isEqualTo("Stopped.");
        assertThat(fx(() -> robot.lookup("#stop").queryButton().isDisabled())).isTrue();
        String speed = text(robot, "#speed");
        assertThat(speed).matches("\\d+ tokens, \\d+\\.\\d tokens/s");
        int tokens = Integer.parseInt(speed.substring(0, speed.indexOf(' ')));
        assertThat(tokens).isPositive().isLessThan(16384); // Stop ended it, not the context
        String answer = lastAnswer(robot);
        assertThat(answer).isNotEmpty();
        return answer;
    }

    private void pick(FxRobot robot, Path file) {
        robot.interact(() -> {
            TextField path = robot.lookup("#modelPath").queryAs(TextField.class);
            path.setText(file.toString());
            path.fireEvent(new javafx.event.ActionEvent());
        });
    }

    private void load(FxRobot robot, Path file) {
        pick(robot, file);
        robot.clickOn("#load");
        await(() -> window.state() == ChatWindow.State.READY
                && text(robot, "#modelInfo").startsWith("Loaded " + file.getFileName()));
    }

    /** The text of every message in the transcript, in order. */
    private static java.util.List<String> messages(FxRobot robot) {
        return fx(() -> robot.lookup("#transcript").queryAs(VBox.class).getChildren().stream()
                .map(m -> ((Label) ((VBox) m).getChildren().get(1)).getText())
                .toList());
    }

    private static String lastAnswer(FxRobot robot) {
        return fx(() -> {
            var children = robot.lookup("#transcript").queryAs(VBox.class).getChildren();
            Node last = children.isEmpty() ? null : children.getLast();
            return last == null || !last.getStyleClass().contains("assistant")
                    ? ""
                    : ((Label) ((VBox) last).getChildren().get(1)).getText();
        });
    }

    private static String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static boolean visible(FxRobot robot, String id) {
        return fx(() -> {
            Node node = robot.lookup(id).query();
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> Spinner<T> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    /** Reads the UI on the FX thread. */
    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not get there in 30 s: " + fx(window::describe), e);
        }
    }
}
