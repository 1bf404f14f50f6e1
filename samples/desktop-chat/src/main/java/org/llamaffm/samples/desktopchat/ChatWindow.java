package org.llamaffm.samples.desktopchat;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.llamaffm.ModelLoadException;

/**
 * The window: the model picker with its memory estimate, the load progress, the conversation, the
 * message box with Send and Stop, and the settings. Model work (estimates, loads, answers) runs on
 * two background threads; this class touches its controls on the FX thread only.
 *
 * <p>Switching models: the model in use stays loaded, and its chat usable, until the new one has
 * loaded; a failed or cancelled load leaves it as it was. A new model starts a new conversation (its
 * template and context are its own).
 */
final class ChatWindow {

    enum State {
        NO_MODEL,
        LOADING,
        READY,
        GENERATING
    }

    /** Loads, answers and the closing of models, one at a time. */
    private final ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> daemon(r, "model"));
    /** Memory estimates, so that one is shown while an answer is being generated. */
    private final ExecutorService estimateThread = Executors.newSingleThreadExecutor(r -> daemon(r, "estimate"));

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NO_MODEL);
    private @Nullable ChatEngine engine;
    private @Nullable AtomicBoolean loadCancelled;
    private long estimates;
    private boolean closed;

    private final TextField modelPath = new TextField();
    private final Button browse = new Button("Browse…");
    private final Button load = new Button("Load");
    private final Label estimate = new Label("Pick a GGUF model file.");
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancelLoad = new Button("Cancel");
    private final Label modelInfo = new Label("No model loaded.");

    private final Label errorTitle = new Label();
    private final Label errorMessage = new Label();
    private final VBox errorBanner;

    private final VBox transcript = new VBox(8);
    private final ScrollPane transcriptScroll = new ScrollPane(transcript);
    private final TextArea templateView = new TextArea();

    private final TextArea input = new TextArea();
    private final Button send = new Button("Send");
    private final Button stop = new Button("Stop");
    private final Label status = new Label();
    private final Label speed = new Label();

    private final Spinner<Double> temperature =
            new Spinner<>(0.0, 2.0, Settings.defaults().temperature(), 0.1);
    private final Spinner<Integer> contextSize = new Spinner<>(0, 1 << 20, Settings.DEFAULT_CONTEXT_SIZE, 512);
    private final Spinner<Integer> threads =
            new Spinner<>(1, 256, Settings.defaults().threads(), 1);

    private final BorderPane root = new BorderPane();

    ChatWindow(@Nullable Path initialModel) {
        modelPath.setId("modelPath");
        browse.setId("browse");
        load.setId("load");
        estimate.setId("estimate");
        progress.setId("loadProgress");
        cancelLoad.setId("cancelLoad");
        modelInfo.setId("modelInfo");
        errorTitle.setId("errorTitle");
        errorMessage.setId("errorMessage");
        transcript.setId("transcript");
        templateView.setId("templateView");
        input.setId("input");
        send.setId("send");
        stop.setId("stop");
        status.setId("status");
        speed.setId("speed");
        temperature.setId("temperature");
        contextSize.setId("contextSize");
        threads.setId("threads");

        modelPath.setPromptText("path/to/model.gguf");
        HBox.setHgrow(modelPath, Priority.ALWAYS);
        modelPath.setOnAction(e -> updateEstimate());
        modelPath.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                updateEstimate();
            }
        });
        browse.setOnAction(e -> choose());
        load.setOnAction(e -> loadModel());
        cancelLoad.setOnAction(e -> cancelLoad());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox loadRow = new HBox(8, progress, cancelLoad);
        loadRow.setAlignment(Pos.CENTER_LEFT);
        loadRow.visibleProperty().bind(state.isEqualTo(State.LOADING));
        loadRow.managedProperty().bind(loadRow.visibleProperty());
        HBox picker = new HBox(8, new Label("Model"), modelPath, browse, load);
        picker.setAlignment(Pos.CENTER_LEFT);
        estimate.setWrapText(true);
        modelInfo.setWrapText(true);

        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> hideError());
        errorTitle.getStyleClass().add("error-title");
        errorMessage.setWrapText(true);
        errorBanner = new VBox(4, errorTitle, errorMessage, dismiss);
        errorBanner.setId("errorBanner");
        errorBanner.setPadding(new Insets(8));
        errorBanner.setStyle("-fx-background-color: #fdecea; -fx-border-color: #d93025;");
        errorTitle.setStyle("-fx-font-weight: bold; -fx-text-fill: #a50e0e;");
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        errorBanner.setVisible(false);

        VBox top = new VBox(6, picker, estimate, loadRow, modelInfo, errorBanner);
        top.setPadding(new Insets(10));

        transcript.setPadding(new Insets(10));
        transcriptScroll.setFitToWidth(true);
        transcript.heightProperty().addListener((o, a, b) -> transcriptScroll.setVvalue(1.0));
        templateView.setEditable(false);
        templateView.setWrapText(true);
        templateView.setStyle("-fx-font-family: monospace;");
        Tab chatTab = new Tab("Chat", transcriptScroll);
        Tab templateTab = new Tab("As the model sees it (chat template)", templateView);
        TabPane tabs = new TabPane(chatTab, templateTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        input.setPromptText("Type a message; Ctrl+Enter sends it, Esc stops the answer.");
        input.setPrefRowCount(3);
        input.setWrapText(true);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                sendMessage();
            }
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        send.setDefaultButton(false);
        send.setOnAction(e -> sendMessage());
        stop.setOnAction(e -> stopAnswer());
        send.disableProperty()
                .bind(state.isNotEqualTo(State.READY).or(input.textProperty().isEmpty()));
        stop.disableProperty().bind(state.isNotEqualTo(State.GENERATING));
        load.disableProperty()
                .bind(state.isEqualTo(State.LOADING)
                        .or(state.isEqualTo(State.GENERATING))
                        .or(modelPath.textProperty().isEmpty()));
        browse.disableProperty()
                .bind(load.disableProperty().and(modelPath.textProperty().isNotEmpty()));
        VBox buttons = new VBox(6, send, stop);
        send.setMaxWidth(Double.MAX_VALUE);
        stop.setMaxWidth(Double.MAX_VALUE);
        HBox compose = new HBox(8, input, buttons);
        HBox statusBar = new HBox(16, status, speed);
        VBox bottom = new VBox(6, compose, statusBar);
        bottom.setPadding(new Insets(10));

        for (Spinner<?> s : new Spinner<?>[] {temperature, contextSize, threads}) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        contextSize.valueProperty().addListener((o, a, b) -> updateEstimate());
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("Temperature"), temperature);
        grid.addRow(1, new Label("Context size"), contextSize);
        grid.addRow(2, new Label("Threads"), threads);
        Label note = new Label("Temperature 0 is greedy; it applies to the next answer. "
                + "Context size (0: the model's trained length) and threads apply when a model is loaded.");
        note.setWrapText(true);
        note.setMaxWidth(220);
        grid.add(note, 0, 3, 2, 1);
        TitledPane settings = new TitledPane("Settings", grid);
        settings.setId("settings");
        settings.setCollapsible(false);
        VBox right = new VBox(settings);
        right.setPadding(new Insets(10, 10, 10, 0));

        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(bottom);
        root.setRight(right);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && state.get() == State.GENERATING) {
                e.consume();
                stopAnswer();
            }
        });
        state.addListener((o, a, b) -> input.setEditable(b != State.LOADING));
        if (initialModel != null) {
            modelPath.setText(initialModel.toString());
            updateEstimate();
        }
    }

    Parent root() {
        return root;
    }

    State state() {
        return state.get();
    }

    /** What the window shows, in one line (for a test's failure message). */
    String describe() {
        return "state " + state.get() + ", status '" + status.getText() + "', speed '" + speed.getText() + "', error '"
                + (errorBanner.isVisible() ? errorTitle.getText() + ": " + errorMessage.getText() : "") + "'";
    }

    /** The model thread, for a test to order work before the app's. */
    ExecutorService modelThread() {
        return modelThread;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a GGUF model");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("GGUF models", "*.gguf"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        Path current = currentPath();
        if (current != null
                && current.getParent() != null
                && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            modelPath.setText(file.getAbsolutePath());
            updateEstimate();
        }
    }

    private @Nullable Path currentPath() {
        String text = modelPath.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    private Settings settings() {
        return new Settings(temperature.getValue(), contextSize.getValue(), threads.getValue());
    }

    /** Shows llama.cpp's estimate for the picked file and the context size, before anything is loaded. */
    private void updateEstimate() {
        Path file = currentPath();
        if (file == null || closed) {
            return;
        }
        long id = ++estimates;
        estimate.setText("Estimating the memory " + file.getFileName() + " needs…");
        Settings settings = settings();
        estimateThread.execute(() -> {
            try {
                Estimate result = Estimate.of(file, settings);
                Platform.runLater(() -> {
                    if (id == estimates) {
                        estimate.setText(result.describe());
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (id == estimates) {
                        estimate.setText("No estimate: " + ErrorReport.of(e).title());
                        showError(e);
                    }
                });
            }
        });
    }

    private void loadModel() {
        Path file = currentPath();
        if (file == null || state.get() == State.LOADING || state.get() == State.GENERATING) {
            return;
        }
        hideError();
        State before = state.get();
        state.set(State.LOADING);
        progress.setProgress(0);
        status.setText("Loading " + file.getFileName() + "…");
        AtomicBoolean cancelled = new AtomicBoolean();
        loadCancelled = cancelled;
        Settings settings = settings();
        modelThread.execute(() -> {
            try {
                ChatEngine loaded = ChatEngine.load(file, settings, p -> {
                    Platform.runLater(() -> progress.setProgress(p));
                    return !cancelled.get();
                });
                Platform.runLater(() -> switchTo(loaded));
            } catch (ModelLoadException e) {
                Platform.runLater(() -> {
                    state.set(before);
                    if (e.reason() == ModelLoadException.Reason.CANCELLED) {
                        status.setText("Load of " + file.getFileName() + " cancelled.");
                    } else {
                        status.setText("Could not load " + file.getFileName() + ".");
                        showError(e);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    state.set(before);
                    status.setText("Could not load " + file.getFileName() + ".");
                    showError(e);
                });
            }
        });
    }

    private void cancelLoad() {
        if (loadCancelled != null) {
            loadCancelled.set(true);
            status.setText("Cancelling…");
        }
    }

    /** Makes {@code loaded} the model in use: the old one is closed, a new conversation starts. */
    private void switchTo(ChatEngine loaded) {
        ChatEngine old = engine;
        engine = loaded;
        if (old != null) {
            modelThread.execute(old::close);
        }
        transcript.getChildren().clear();
        templateView.clear();
        speed.setText("");
        modelInfo.setText(String.format(
                Locale.ROOT,
                "Loaded %s (%s): context %d tokens, %d threads.",
                loaded.file().getFileName(),
                loaded.description(),
                loaded.contextSize(),
                loaded.threads()));
        status.setText("Ready.");
        state.set(State.READY);
        input.requestFocus();
    }

    private void sendMessage() {
        ChatEngine current = engine;
        String text = input.getText().strip();
        if (current == null || state.get() != State.READY || text.isEmpty()) {
            return;
        }
        hideError();
        input.clear();
        addMessage("You", text, "user");
        Label answer = addMessage("Model", "", "assistant");
        state.set(State.GENERATING);
        status.setText("Generating…");
        speed.setText("");
        current.armStop();
        double temp = temperature.getValue();
        Streamer streamer = new Streamer(answer);
        modelThread.execute(() -> {
            try {
                ChatEngine.Answer result = current.send(text, temp, streamer::add);
                String rendered = current.renderedHistory();
                Platform.runLater(() -> {
                    streamer.flush();
                    if (!result.text().isEmpty()) {
                        answer.setText(result.text());
                    }
                    templateView.setText(rendered);
                    speed.setText(String.format(
                            Locale.ROOT, "%d tokens, %.1f tokens/s", result.tokens(), result.tokensPerSecond()));
                    status.setText(
                            result.stopped()
                                    ? "Stopped."
                                    : "Done (" + result.stopReason().name().toLowerCase(Locale.ROOT) + ").");
                    state.set(State.READY);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    streamer.flush();
                    transcript.getChildren().removeLast(); // the answer that never came
                    status.setText("The message was not answered.");
                    showError(e);
                    state.set(State.READY);
                });
            }
        });
    }

    private void stopAnswer() {
        if (engine != null && state.get() == State.GENERATING) {
            engine.stop();
            status.setText("Stopping…");
        }
    }

    private Label addMessage(String who, String text, String styleClass) {
        Label role = new Label(who);
        role.setStyle("-fx-font-weight: bold;");
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("message-text");
        VBox message = new VBox(2, role, body);
        message.getStyleClass().addAll("message", styleClass);
        message.setPadding(new Insets(6, 10, 6, 10));
        message.setStyle(
                "user".equals(styleClass)
                        ? "-fx-background-color: #e8f0fe; -fx-background-radius: 6;"
                        : "-fx-background-color: #f1f3f4; -fx-background-radius: 6;");
        transcript.getChildren().add(message);
        return body;
    }

    private void showError(Throwable e) {
        ErrorReport report = ErrorReport.of(e);
        errorTitle.setText(report.title());
        errorMessage.setText(report.message());
        errorBanner.setVisible(true);
    }

    private void hideError() {
        errorBanner.setVisible(false);
    }

    /** Ends the background work and frees the model; the window is closing. */
    void close() {
        closed = true;
        ChatEngine current = engine;
        engine = null;
        if (current != null) {
            current.stop();
        }
        estimateThread.shutdownNow();
        modelThread.execute(() -> {
            if (current != null) {
                current.close();
            }
        });
        modelThread.shutdown();
        try {
            modelThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, "desktop-chat-" + name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Moves the pieces of an answer from the model thread to its label: one FX update per frame at most,
     * however fast the tokens come.
     */
    private static final class Streamer {
        private final Label label;
        private final StringBuilder pending = new StringBuilder();
        private boolean scheduled;

        Streamer(Label label) {
            this.label = label;
        }

        /** On the model thread. */
        synchronized void add(String piece) {
            pending.append(piece);
            if (!scheduled) {
                scheduled = true;
                Platform.runLater(this::flush);
            }
        }

        /** On the FX thread. */
        void flush() {
            String text;
            synchronized (this) {
                text = pending.toString();
                pending.setLength(0);
                scheduled = false;
            }
            if (!text.isEmpty()) {
                label.setText(label.getText() + text);
            }
        }
    }
}
